import { insertNotifications, type Executor, type Recipients, type RegionScope } from '@liancha/db';
import type { NotificationKind } from '@liancha/domain';

/**
 * Tells the recipients in the step's own transaction, so a notification exists exactly when the
 * step happened. `link` is a path of the portal the recipients use.
 */
export async function notify(ctx: { db: Executor; scope: RegionScope }, to: Recipients, notice: { kind: NotificationKind; title: string; link: string }) {
  return insertNotifications(ctx.db, ctx.scope, to, notice);
}

/** The coordinators (抽查协调员) of some agencies. */
export const coordinatorsOf = (agencyIds: readonly string[]): Recipients => ({ agencyIds, roles: ['coordinator'] });
/** The leaders (分管领导) of an agency. */
export const leadersOf = (agencyIds: readonly string[]): Recipients => ({ agencyIds, roles: ['agency_leader'] });

/** A moment as a clerk reads it: Beijing time to the minute ("2026-12-05 17:00"). */
export function beijingMinute(at: Date): string {
  return at.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}

/** The confirmed agencies of a task, once each (an internal task lists its agency per unit). */
export const confirmedAgencies = (participants: readonly { agencyId: string; status: string }[]) => [
  ...new Set(participants.filter((p) => p.status === 'confirmed').map((p) => p.agencyId)),
];
