import { insertCheckWithTeam, insertDrawResults, insertSubstitution, listTaskInspectors, updateCheck, type Executor, type RegionScope } from '@liancha/db';
import { currentChecks, type DrawBundle, type Substitution, type TeamMember, type TeamRole } from '@liancha/domain';

export interface IdMaps {
  /** USCC → object id */
  objects: Map<string, string>;
  /** certificate no. → inspector id and agency id */
  inspectors: Map<string, { id: string; agencyId: string }>;
}

export async function idMaps(db: Executor, scope: RegionScope, taskId: string, objectIds: Map<string, string>): Promise<IdMaps> {
  const roster = await listTaskInspectors(db, scope, taskId);
  return { objects: objectIds, inspectors: new Map(roster.map((i) => [i.certificateNo, { id: i.id, agencyId: i.agencyId }])) };
}

function teamRows(team: { officers: TeamMember[]; experts: TeamMember[] } | null, maps: IdMaps) {
  if (!team) return [];
  const member = (m: TeamMember, role: TeamRole) => {
    const inspector = maps.inspectors.get(m.certNo);
    if (!inspector) throw new Error(`inspector ${m.certNo} of the bundle is not in the task roster`);
    return { inspectorId: inspector.id, agencyId: inspector.agencyId, role, ticket: m.ticket };
  };
  return [...team.officers.map((m, i) => member(m, i === 0 ? 'leader' : 'member')), ...team.experts.map((m) => member(m, 'expert'))];
}

function objectId(maps: IdMaps, uscc: string): string {
  const id = maps.objects.get(uscc);
  if (!id) throw new Error(`object ${uscc} of the bundle is not in the directory`);
  return id;
}

/** The drawn list and substitutes (with tickets), and one check with its team per object in force. */
export async function storeDrawOutcome(
  db: Executor,
  scope: RegionScope,
  ids: { taskId: string; drawId: string },
  bundle: DrawBundle,
  maps: IdMaps,
): Promise<void> {
  const results = bundle.objects.flatMap((s) => [
    ...s.drawn.map((d) => ({ objectId: objectId(maps, d.uscc), uscc: d.uscc, stratum: s.stratum, ticket: d.ticket, rank: d.rank, outcome: 'drawn' as const })),
    ...s.substitutes.map((d) => ({
      objectId: objectId(maps, d.uscc),
      uscc: d.uscc,
      stratum: s.stratum,
      ticket: d.ticket,
      rank: d.rank,
      outcome: 'substitute' as const,
    })),
  ]);
  await insertDrawResults(db, scope, ids.drawId, results);
  for (const check of currentChecks(bundle)) {
    await insertCheckWithTeam(db, scope, { taskId: ids.taskId, drawId: ids.drawId, objectId: objectId(maps, check.uscc) }, teamRows(check.team, maps));
  }
  // Substitutions made while drawing (frequency caps re-checked under the year lock) are logged like any other.
  for (const sub of bundle.substitutions) await logSubstitution(db, scope, ids, sub, maps, null);
}

/** One substitution: the row in the log and, when a check already exists for the replaced object, its cancellation. */
export async function logSubstitution(
  db: Executor,
  scope: RegionScope,
  ids: { taskId: string; drawId: string },
  sub: Substitution,
  maps: IdMaps,
  replaced: { checkId: string; by: string; at: Date } | null,
): Promise<string | null> {
  await insertSubstitution(db, scope, {
    drawId: ids.drawId,
    seq: sub.seq,
    replacedObjectId: objectId(maps, sub.replaced),
    substituteObjectId: objectId(maps, sub.substitute),
    reasonCode: sub.reason,
    note: sub.note,
    createdBy: replaced?.by ?? null,
  });
  if (!replaced) return null;
  await updateCheck(db, scope, replaced.checkId, { status: 'cancelled', replacedBySubstitution: sub.seq }, replaced.at);
  return insertCheckWithTeam(db, scope, { taskId: ids.taskId, drawId: ids.drawId, objectId: objectId(maps, sub.substitute) }, teamRows(sub.team, maps));
}
