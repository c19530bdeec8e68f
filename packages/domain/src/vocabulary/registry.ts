import { vocabulary } from './words.js';

/** The three registries of 一单两库: the item list, the object directory and the inspector directory. */
export const { codes: REGISTRY_KINDS, labels: REGISTRY_KIND_LABELS } = vocabulary({
  inspectionItem: '随机抽查事项清单',
  object: '检查对象名录库',
  inspector: '执法检查人员名录库',
});
export type RegistryKind = (typeof REGISTRY_KINDS)[number];

/** A registry import: parsed in the background, then committed by the user. */
export const IMPORT_JOB_STATUSES = ['parsing', 'ready', 'failed', 'committed'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

/** Tag dimensions: three for objects, three for inspectors. */
export const { codes: TAG_DIMENSIONS, labels: TAG_DIMENSION_LABELS } = vocabulary({
  object_industry: '检查对象 · 行业分类',
  object_domain: '检查对象 · 监管领域',
  object_kind: '检查对象 · 对象类型',
  inspector_function: '执法人员 · 职能',
  inspector_enforcement_kind: '执法人员 · 执法门类',
  inspector_expertise: '执法人员 · 执法领域（专长）',
});
export type TagDimension = (typeof TAG_DIMENSIONS)[number];
