import { vocabulary } from './words.js';

/** The three registries of 一单两库: the item list, the object directory and the inspector directory. */
export const { codes: REGISTRY_KINDS, labels: REGISTRY_KIND_LABELS } = vocabulary({
  inspectionItem: '随机抽查事项清单',
  object: '检查对象名录库',
  inspector: '执法检查人员名录库',
});
export type RegistryKind = (typeof REGISTRY_KINDS)[number];

/** A registry import: parsed in the background, then committed by the user. */
export const { codes: IMPORT_JOB_STATUSES, labels: IMPORT_JOB_STATUS_LABELS } = vocabulary({
  parsing: '正在校验',
  ready: '待确认导入',
  failed: '校验失败',
  committing: '正在写入',
  committed: '已导入',
});
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

/**
 * The lists an agency's own files may extend when importing: an unknown word of these is a
 * proposal the importer maps to an existing entry or creates, remembered for the next file.
 * 行业领域, 风险等级 and 乡镇 are closed: the rules depend on them.
 */
export const { codes: OPEN_LISTS, labels: OPEN_LIST_LABELS } = vocabulary({
  subSector: '细分行业',
  objectTag: '检查对象标签',
  expertise: '执法领域',
  unit: '业务部门（机构）',
});
export type OpenList = (typeof OPEN_LISTS)[number];

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

/** One new word of an open list in an import, with the rows that use it and the entries it may mean. */
export interface VocabularyProposal {
  list: OpenList;
  /** For a sub-sector, the main sector of its rows; otherwise null. */
  parentCode: string | null;
  /** As first written in the file. */
  text: string;
  rows: number;
  firstRow: number;
  /** Existing entries with similar names, best first (at most 3). */
  suggestions: { code: string; name: string }[];
}
