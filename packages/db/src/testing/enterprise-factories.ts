import type { Executor } from '../repositories/executor.js';

/** A pending 回避 request about an officer of the given agency on a check (its enterprise is the check's). */
export async function makeRecusalRequest(
  db: Executor,
  input: { regionCode: string; checkId: string; inspectorId: string; agencyId: string; reason?: string },
): Promise<string> {
  const check = await db
    .selectFrom('check')
    .select('objectId')
    .where('regionCode', '=', input.regionCode)
    .where('id', '=', input.checkId)
    .executeTakeFirstOrThrow();
  const row = await db
    .insertInto('recusalRequest')
    .values({
      regionCode: input.regionCode,
      objectId: check.objectId,
      checkId: input.checkId,
      inspectorId: input.inspectorId,
      agencyId: input.agencyId,
      reason: input.reason ?? '该执法人员的亲属在本企业任职',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
