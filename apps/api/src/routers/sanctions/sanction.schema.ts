import {
  choiceText,
  PENALTY_CATEGORIES,
  PENALTY_CATEGORY_LABELS,
  SANCTION_PARTY_KIND_LABELS,
  SANCTION_PARTY_KINDS,
  SANCTION_SEVERITIES,
  SANCTION_SEVERITY_LABELS,
  SANCTION_STATUS_LABELS,
  SANCTION_STATUSES,
} from '@liancha/domain';
import { SANCTION_SORT_FIELDS } from '@liancha/db';
import { z } from 'zod';
import { listRequest, updateRequest, ZDate, ZId, ZSearch } from '../../trpc/schemas.js';

const fields = {
  decisionNo: z.string().trim().min(1, '请填写处罚决定书文号').max(100, '文号不能超过100字'),
  basis: z.string().trim().min(1, '请填写处罚依据').max(2000, '处罚依据不能超过2000字'),
  penalty: z.string().trim().min(1, '请填写处罚内容').max(2000, '处罚内容不能超过2000字'),
  /** 罚款 in fen (分); null when the penalty carries no fine. */
  fineFen: z.number().int('罚款金额应以分为单位的整数').min(0, '罚款金额不能为负').max(1e13, '罚款金额过大').nullable(),
  decidedOn: ZDate,
  // 双公示 行政处罚 fields; 公示截止期 follows from the decision date, 失信行为程度 and 处罚有效期 (sanction-publicity rule).
  violationType: z.string().trim().max(200, '违法行为类型不能超过200字'),
  facts: z.string().trim().max(4000, '违法事实不能超过4000字'),
  /** 处罚类别: one or more of the national list; none given → 罚款 for a fine, else 其他. */
  penaltyCategories: z
    .array(z.enum(PENALTY_CATEGORIES, { error: `处罚类别应为${choiceText(PENALTY_CATEGORIES, PENALTY_CATEGORY_LABELS)}` }))
    .max(PENALTY_CATEGORIES.length, '处罚类别重复')
    .transform((codes) => [...new Set(codes)]),
  /** 处罚有效期: the last day a time-limited penalty is in force; null when it states none. */
  validUntil: ZDate.nullable(),
  /** 失信行为程度: one year of publicity for 一般, three for 严重. */
  severity: z.enum(SANCTION_SEVERITIES, { error: `失信行为程度应为${choiceText(SANCTION_SEVERITIES, SANCTION_SEVERITY_LABELS)}` }),
  partyKind: z.enum(SANCTION_PARTY_KINDS, { error: `行政相对人类别应为${choiceText(SANCTION_PARTY_KINDS, SANCTION_PARTY_KIND_LABELS)}` }),
};

export const ZCreateSanctionRequest = z.object({
  objectId: ZId,
  checkId: ZId.nullable().default(null),
  ...fields,
  fineFen: fields.fineFen.default(null),
  violationType: fields.violationType.default(''),
  facts: fields.facts.default(''),
  penaltyCategories: fields.penaltyCategories.default([]),
  validUntil: fields.validUntil.default(null),
  severity: fields.severity.default('general'),
  partyKind: fields.partyKind.default('legal_person'),
});
export const ZUpdateSanctionRequest = updateRequest(fields);
export const ZSanctionStepRequest = z.object({ id: ZId });

export const ZSanctionStatus = z.enum(SANCTION_STATUSES, { error: `状态应为${choiceText(SANCTION_STATUSES, SANCTION_STATUS_LABELS)}` });
export const ZListSanctionsRequest = listRequest(SANCTION_SORT_FIELDS, 'decidedOn', {
  search: ZSearch,
  objectId: ZId.optional(),
  checkId: ZId.optional(),
  agencyId: ZId.optional(),
  statuses: z.array(ZSanctionStatus).max(3).optional(),
});
