import { choiceText, FOLLOW_UP_KIND_LABELS, FOLLOW_UP_KINDS, FOLLOW_UP_STATUSES } from '@liancha/domain';
import { FOLLOW_UP_SORT_FIELDS } from '@liancha/db';
import { z } from 'zod';
import { listRequest, ZDate, ZId } from '../../trpc/schemas.js';

export const ZFollowUpKind = z.enum(FOLLOW_UP_KINDS, { error: `后续处置措施应为${choiceText(FOLLOW_UP_KINDS, FOLLOW_UP_KIND_LABELS)}` });

export const ZCreateFollowUpRequest = z.object({
  checkId: ZId,
  kind: ZFollowUpKind,
  /** The receiving body (移交/移送/抄告) or the case number (立案). */
  target: z.string().trim().max(200, '接收机构不能超过200字').default(''),
  deadline: ZDate.nullable().default(null),
  note: z.string().trim().max(2000, '说明不能超过2000字').default(''),
});

export const ZCloseFollowUpRequest = z.object({ id: ZId, closureNote: z.string().trim().min(1, '请填写办结情况').max(2000, '办结情况不能超过2000字') });

export const ZListFollowUpsRequest = listRequest(FOLLOW_UP_SORT_FIELDS, 'createdAt', {
  checkId: ZId.optional(),
  objectId: ZId.optional(),
  agencyId: ZId.optional(),
  kinds: z.array(ZFollowUpKind).max(5).optional(),
  status: z.enum(FOLLOW_UP_STATUSES).optional(),
  overdueOnly: z.boolean().optional(),
});
