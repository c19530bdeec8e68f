import type { InspectionKind, RiskClass } from '@liancha/domain';
import type { Auto, CreatedAt } from './columns.js';

/** A published version of one agency's 年度检查频次上限 for a year (migration 28); later versions supersede. */
export interface InspectionCapVersionTable {
  regionCode: string;
  id: Auto<string>;
  agencyId: string;
  year: number;
  version: number;
  note: Auto<string>;
  publishedBy: string;
  publishedAt: CreatedAt;
}

/** One enterprise class of a version: a sector, optionally one risk class (null: the sector's other classes). */
export interface InspectionCapLineTable {
  regionCode: string;
  versionId: string;
  lineNo: number;
  sectorCode: string;
  riskClass: RiskClass | null;
  expectedPerYear: number;
  maxPerYear: number;
}

/** The head's approval of a check past a cap, with the exemption stated. */
export interface InspectionCapOverrideTable {
  regionCode: string;
  id: Auto<string>;
  agencyId: string;
  objectId: string;
  year: number;
  checkKind: InspectionKind;
  checkRef: string | null;
  statedExemption: string;
  approvedBy: string;
  approvedAt: CreatedAt;
}
