import type { CampaignLevel, CampaignStatus } from '@liancha/domain';
import type { Auto, CreatedAt, DateString, DefaultedTimestamp, NullableTimestamp, TextArray } from './columns.js';

export type { CampaignLevel, CampaignStatus };

/** 专项检查 and its 检查计划: approved by the leadership group, filed (备案), published; who took each step and when. */
export interface InspectionCampaignTable {
  regionCode: string;
  id: Auto<string>;
  agencyId: string;
  year: number;
  name: string;
  legalBasis: string;
  /** 检查内容 */
  content: string;
  /** 检查对象: sector codes, a planned count of enterprises and/or a description. */
  scopeSectors: TextArray;
  scopeCount: number | null;
  scopeNote: Auto<string>;
  level: Auto<CampaignLevel>;
  /** The higher organ that deployed it (level `higher`). */
  deployedBy: string | null;
  windowFrom: DateString;
  windowTo: DateString;
  status: Auto<CampaignStatus>;
  createdBy: string;
  createdAt: CreatedAt;
  submittedBy: string | null;
  submittedAt: NullableTimestamp;
  decidedBy: string | null;
  decidedAt: NullableTimestamp;
  decisionNote: string | null;
  filedBy: string | null;
  filedAt: NullableTimestamp;
  /** 备案号 and 备案机关 */
  filingNo: string | null;
  filedWith: string | null;
  publishedBy: string | null;
  publishedAt: NullableTimestamp;
  closedBy: string | null;
  closedAt: NullableTimestamp;
  withdrawnBy: string | null;
  withdrawnAt: NullableTimestamp;
  updatedAt: DefaultedTimestamp;
}

/** The leadership group's yearly quota of campaigns for one agency. */
export interface CampaignQuotaTable {
  regionCode: string;
  agencyId: string;
  year: number;
  quota: number;
  setBy: string;
  setAt: DefaultedTimestamp;
}
