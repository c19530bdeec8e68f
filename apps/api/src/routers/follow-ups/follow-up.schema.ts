import { FOLLOW_UP_SORT_FIELDS } from '@liancha/db';
import { z } from 'zod';
import { listRequest, ZDate, ZId } from '../../trpc/schemas.js';

export const ZFollowUpKind = z.enum(['rectify_by_deadline', 'case_filed', 'transfer_to_authority', 'transfer_to_judiciary', 'notify_department'], {
  error: '后续处置措施应为责令限期整改、立案查处、移交有处置权限的机构、移送司法机关或抄告相关部门',
});

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
  status: z.enum(['open', 'closed']).optional(),
  overdueOnly: z.boolean().optional(),
});
