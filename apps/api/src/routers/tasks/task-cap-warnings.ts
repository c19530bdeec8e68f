import { capWarningPage } from '@liancha/db';
import { mergeAdvice } from '@liancha/domain';
import { z } from 'zod';
import { capYear } from '../../inspection-caps/cap-year.js';
import { abilityQuery } from '../../trpc/init.js';
import { ZId } from '../../trpc/schemas.js';
import { loadTask } from './load-task.js';

export const ZTaskCapWarningsRequest = z.object({
  taskId: ZId,
  after: z.string().max(40, '分页位置无效').optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

/**
 * 多头、重复、高频 warnings for the enterprises a joint task's checks visit, for whoever may read the
 * task, before they schedule: with the advice to bring the agencies that inspected an enterprise
 * lately into this task (综合查一次, 进一次门、查多项事). A keyset page in USCC order.
 */
export const taskCapWarningsRoute = abilityQuery.input(ZTaskCapWarningsRequest).query(async ({ ctx, input }) => {
  const { task, participants } = await loadTask(ctx, input.taskId);
  const { year, today } = capYear(ctx.now(), undefined);
  const taking = new Set(participants.filter((p) => p.status !== 'declined').map((p) => p.agencyName));
  const page = await capWarningPage(ctx.db, ctx.scope, { today, year, taskId: task.id, limit: input.limit, ...(input.after ? { after: input.after } : {}) });
  return {
    year,
    today,
    rows: page.rows.map((row) => {
      const outside = row.recentAgencyNames.filter((name) => !taking.has(name));
      return { ...row, outsideAgencyNames: outside, advice: mergeAdvice(outside) };
    }),
    next: page.next,
  };
});
