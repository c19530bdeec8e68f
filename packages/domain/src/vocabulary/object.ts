import { vocabulary } from './words.js';

/**
 * 风险等级 of an object: the credit-risk classes A (low) to D (high), which the work-safety
 * four-colour scale (蓝、黄、橙、红) maps onto by level.
 */
export const { codes: RISK_CLASSES, labels: RISK_CLASS_LABELS } = vocabulary({
  A: 'A类（低风险）',
  B: 'B类（一般风险）',
  C: 'C类（较高风险）',
  D: 'D类（高风险）',
});
export type RiskClass = (typeof RISK_CLASSES)[number];

/** 经营状态 of an object. */
export const { codes: OBJECT_STATUSES, labels: OBJECT_STATUS_LABELS } = vocabulary({ operating: '在营', suspended: '停产停业', closed: '关闭' });
export type ObjectStatus = (typeof OBJECT_STATUSES)[number];

/** 一般/重点: an inspection item's category (事项类别) and an object's supervision category alike. */
export const { codes: ITEM_CATEGORIES, labels: CATEGORY_LABELS } = vocabulary({ general: '一般', key: '重点' });
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];

/** An item's category in full, as a 公示 names it (一般检查事项、重点检查事项). */
export const ITEM_CATEGORY_LABELS: Record<ItemCategory, string> = { general: `${CATEGORY_LABELS.general}检查事项`, key: `${CATEGORY_LABELS.key}检查事项` };

/** The fields an object (检查对象名录库) is written with: create, update, import and the demo region. */
export interface ObjectFields {
  uscc: string;
  name: string;
  legalRepresentative: string;
  address: string;
  townshipCode: string;
  sectorCode: string;
  subSectorCode: string | null;
  riskClass: RiskClass;
  supervisionCategory: ItemCategory;
  licenceNo: string | null;
  /** 'YYYY-MM-DD' */
  licenceExpiry: string | null;
  status: ObjectStatus;
  /** Object tag codes. */
  tags: string[];
  /** 'YYYY-MM-DD' */
  lastInspectedOn: string | null;
}

/** An object's fields but its key (the USCC): what an update or an import may change. */
export const OBJECT_UPDATABLE_FIELDS = [
  'name',
  'legalRepresentative',
  'address',
  'townshipCode',
  'sectorCode',
  'subSectorCode',
  'riskClass',
  'supervisionCategory',
  'licenceNo',
  'licenceExpiry',
  'status',
  'tags',
  'lastInspectedOn',
] as const satisfies readonly (keyof ObjectFields)[];

/** The fields an inspection item (随机抽查事项清单) is written with. */
export interface ItemFields {
  code: string;
  name: string;
  subItems: string[];
  legalBasis: string;
  category: ItemCategory;
  /** Basis points of the stratum to draw ('10%' → 1000); null for key items, which have no cap. */
  ratioBp: number | null;
  frequency: string;
  method: string;
  /** Expertise tag codes an inspector needs for this item. */
  requiredExpertise: string[];
  /** Sector codes (main or sub-sector) the item applies to. */
  applicableSectors: string[];
}

/** An item's fields but its key (the code): what an update or an import may change. */
export const ITEM_UPDATABLE_FIELDS = [
  'name',
  'subItems',
  'legalBasis',
  'category',
  'ratioBp',
  'frequency',
  'method',
  'requiredExpertise',
  'applicableSectors',
] as const satisfies readonly (keyof ItemFields)[];
