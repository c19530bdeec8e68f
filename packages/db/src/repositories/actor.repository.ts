import type { ParticipantRole } from '../schema/planning.js';
import type { Executor } from './executor.js';

/** What abilities need beyond the session: the user's inspector row and the joint tasks of the user's agency. */
export interface ActorFacts {
  inspectorId: string | null;
  jointTasks: { taskId: string; agencyId: string; role: ParticipantRole }[];
}

export async function loadActorFacts(db: Executor, user: { id: string; regionCode: string; agencyId: string | null }): Promise<ActorFacts> {
  const inspector = await db
    .selectFrom('inspector')
    .select('id')
    .where('regionCode', '=', user.regionCode)
    .where('userId', '=', user.id)
    .where('archivedAt', 'is', null)
    .executeTakeFirst();
  const jointTasks = user.agencyId
    ? await db
        .selectFrom('jointTaskParticipant')
        .select(['taskId', 'agencyId', 'role'])
        .where('regionCode', '=', user.regionCode)
        .where('agencyId', '=', user.agencyId)
        .where('status', '!=', 'declined')
        .execute()
    : [];
  return { inspectorId: inspector?.id ?? null, jointTasks };
}
