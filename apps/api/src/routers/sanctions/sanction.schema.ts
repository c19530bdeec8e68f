import { choiceText, SANCTION_STATUS_LABELS, SANCTION_STATUSES } from '@liancha/domain';
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
};

export const ZCreateSanctionRequest = z.object({ objectId: ZId, checkId: ZId.nullable().default(null), ...fields, fineFen: fields.fineFen.default(null) });
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
