import type { Executor } from '../repositories/executor.js';

/** Mark an inspection item published, so that its agency's list can go on 公示. */
export async function markItemPublished(db: Executor, itemId: string): Promise<void> {
  await db.updateTable('inspectionItem').set({ publishedAt: new Date() }).where('id', '=', itemId).execute();
}

/** A 督办 note to an agency, due on no date. */
export async function makeSupervisionNote(
  db: Executor,
  input: { regionCode: string; toAgencyId: string; createdBy: string; subject: string; body: string },
): Promise<string> {
  const row = await db
    .insertInto('supervisionNote')
    .values({ ...input, dueOn: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The year of an annual plan. */
export async function findPlanYear(db: Executor, planId: string): Promise<number> {
  return Number((await db.selectFrom('annualPlan').select('year').where('id', '=', planId).executeTakeFirstOrThrow()).year);
}
