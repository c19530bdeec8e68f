import { z } from 'zod';
import { paging, ZId } from '../../trpc/schemas.js';

/** Figures of the caller's reach (leadership: the region; an agency office: its own), or of one agency. */
export const ZFiguresRequest = z.object({
  agencyId: ZId.optional(),
  year: z.number().int('年份应为整数').min(2000, '年份不正确').max(2100, '年份不正确').optional(),
});

export const ZCurrentFiguresRequest = z.object({ agencyId: ZId.optional() });

/** The inspectors' load, busiest first, a page at a time (a province has tens of thousands of inspectors). */
export const ZInspectorLoadRequest = ZFiguresRequest.extend(paging);
