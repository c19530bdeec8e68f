import { NOTE_STATUSES } from '@liancha/domain';
import { z } from 'zod';
import { paging, ZDate, ZId, ZIdRequest } from '../../trpc/schemas.js';

export const ZNoteStatus = z.enum(NOTE_STATUSES, '督办单状态不正确');

export const ZCreateNoteRequest = z.object({
  toAgencyId: ZId,
  subject: z.string().trim().min(1, '请填写督办事项').max(200, '督办事项过长'),
  body: z.string().trim().min(1, '请填写督办内容').max(5000, '督办内容过长'),
  dueOn: ZDate.nullable().default(null),
  /** A hazard of the addressed agency the note is about (重大隐患挂牌督办). */
  hazardId: ZId.nullable().default(null),
});

export const ZListNotesRequest = z.object({
  ...paging,
  filter: z
    .object({
      status: ZNoteStatus.optional(),
      toAgencyId: ZId.optional(),
      hazardId: ZId.optional(),
      /** Only notes still open past their due date (Beijing today). */
      overdue: z.boolean().optional(),
    })
    .default({}),
});

export const ZGetNoteRequest = ZIdRequest;
export const ZRespondNoteRequest = z.object({ id: ZId, response: z.string().trim().min(1, '请填写办理情况').max(5000, '办理情况过长') });
export const ZCloseNoteRequest = z.object({ id: ZId, remark: z.string().trim().max(1000, '办结意见过长').optional() });
