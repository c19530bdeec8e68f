import type { EnterpriseDrawRow } from '@liancha/db';
import { Tickets } from '@liancha/domain';

/**
 * Where an enterprise stood in one published draw, from the pool index (draw_pool_member; the
 * browser's 我被抽中了吗 reads the bundle instead, domain `drawStanding`): its stratum and, when it was in the pool, its
 * ticket (recomputed from the seed), the stratum's cut-off (the highest ticket drawn; a smaller
 * ticket wins), how many were drawn and its outcome; when left out, the reasons.
 */
export function poolStanding(row: EnterpriseDrawRow, uscc: string) {
  const base = { publicationId: row.publicationId, taskCode: row.taskCode, taskTitle: row.taskTitle, publishedAt: row.publishedAt, stratum: row.stratum };
  return row.excludedFor
    ? { ...base, inPool: false as const, excludedFor: row.excludedFor, ticket: null, cutOff: null, drawnInStratum: 0, outcome: null }
    : {
        ...base,
        inPool: true as const,
        excludedFor: [] as string[],
        ticket: new Tickets(row.seed).objectTicket(row.stratum, uscc),
        cutOff: row.cutOff,
        drawnInStratum: row.drawn,
        outcome: row.outcome,
      };
}
