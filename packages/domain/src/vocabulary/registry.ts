/** The three registries of 一单两库: the item list, the object directory and the inspector directory. */
export const REGISTRY_KINDS = ['inspectionItem', 'object', 'inspector'] as const;
export type RegistryKind = (typeof REGISTRY_KINDS)[number];

export const REGISTRY_KIND_LABELS: Record<RegistryKind, string> = {
  inspectionItem: '随机抽查事项清单',
  object: '检查对象名录库',
  inspector: '执法检查人员名录库',
};

/** A registry import: parsed in the background, then committed by the user. */
export const IMPORT_JOB_STATUSES = ['parsing', 'ready', 'failed', 'committed'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

/** Tag dimensions: three for objects, three for inspectors. */
export const TAG_DIMENSIONS = [
  'object_industry',
  'object_domain',
  'object_kind',
  'inspector_function',
  'inspector_enforcement_kind',
  'inspector_expertise',
] as const;
export type TagDimension = (typeof TAG_DIMENSIONS)[number];

export const TAG_DIMENSION_LABELS: Record<TagDimension, string> = {
  object_industry: '检查对象 · 行业分类',
  object_domain: '检查对象 · 监管领域',
  object_kind: '检查对象 · 对象类型',
  inspector_function: '执法人员 · 职能',
  inspector_enforcement_kind: '执法人员 · 执法门类',
  inspector_expertise: '执法人员 · 执法领域（专长）',
};
