import type { Executor } from '../repositories/executor.js';
import { findInspectorOfUser } from './object-factories.js';

/** Put the inspector of account `username` on a check's team as a member (nothing if already on it). */
export async function joinTeam(db: Executor, input: { regionCode: string; checkId: string; username: string }): Promise<void> {
  const inspector = await findInspectorOfUser(db, input.username);
  await db
    .insertInto('teamMember')
    .values({
      regionCode: input.regionCode,
      checkId: input.checkId,
      inspectorId: inspector.id,
      agencyId: inspector.agencyId,
      role: 'member',
      ticket: 'e'.repeat(64),
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
