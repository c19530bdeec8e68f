import type { AppAbility, UserActor } from '@liancha/authz';
import { capsInForce, enterpriseChecksSince, enterpriseLedger, getObject, type Executor, type RegionScope } from '@liancha/db';
import {
  addCalendarDays,
  capLineFor,
  capWarnings,
  INSPECTION_KINDS,
  mergeAdvice,
  MULTI_AGENCY_WINDOW_DAYS,
  plannedCheckStanding,
  REPEAT_WINDOW_DAYS,
  type InspectionKind,
} from '@liancha/domain';
import { canRead, found } from '../trpc/access.js';

type Ctx = { db: Executor; scope: RegionScope; ability: AppAbility; actor: UserActor };

/**
 * One enterprise's ledger for the year: per agency its checks by kind, its cap in force for the
 * enterprise's class and what is left of it, where one more check would stand; the 多头/重复/高频
 * warnings of today and, when other agencies inspected it lately, the advice to merge into a joint
 * check. Read through the enterprise: whoever may read it.
 */
export async function enterpriseLedgerView(ctx: Ctx, input: { objectId: string; year: number; today: string }) {
  const object = found(await getObject(ctx.db, ctx.scope, canRead(ctx.ability, 'Object'), input.objectId), 'Object');
  return ledgerOfEnterprise(ctx, object, { ...input, viewerAgencyId: ctx.actor.agencyId });
}

type LedgerObject = Pick<NonNullable<Awaited<ReturnType<typeof getObject>>>, 'id' | 'uscc' | 'name' | 'sectorCode' | 'riskClass'>;

/** The ledger of an enterprise already read; `viewerAgencyId` is left out of the merge advice's "other agencies" (none for the enterprise itself). */
export async function ledgerOfEnterprise(
  ctx: { db: Executor; scope: RegionScope },
  object: LedgerObject,
  input: { year: number; today: string; viewerAgencyId: string | null },
) {
  const counts = await enterpriseLedger(ctx.db, ctx.scope, { objectId: object.id, year: input.year });
  const caps = await capsInForce(ctx.db, ctx.scope, { year: input.year });
  const since = addCalendarDays(input.today, 1 - Math.max(REPEAT_WINDOW_DAYS, MULTI_AGENCY_WINDOW_DAYS));
  const recent = await enterpriseChecksSince(ctx.db, ctx.scope, { objectId: object.id, since });

  const agencies = new Map<
    string,
    { agencyId: string; agencyName: string; byKind: Record<InspectionKind, number>; jointChecks: number; exemptChecks: number }
  >();
  const entry = (agencyId: string, agencyName: string) => {
    let row = agencies.get(agencyId);
    if (!row) {
      row = {
        agencyId,
        agencyName,
        byKind: Object.fromEntries(INSPECTION_KINDS.map((k) => [k, 0])) as Record<InspectionKind, number>,
        jointChecks: 0,
        exemptChecks: 0,
      };
      agencies.set(agencyId, row);
    }
    return row;
  };
  for (const c of counts) {
    const row = entry(c.agencyId, c.agencyName);
    row.byKind[c.kind] += c.checks;
    row.jointChecks += c.jointChecks;
    row.exemptChecks += c.exemptChecks;
  }
  const capOf = new Map(caps.map((v) => [v.agencyId, { version: v.version, line: capLineFor(v.lines, object) }]));
  for (const v of caps) if (capOf.get(v.agencyId)?.line) entry(v.agencyId, v.agencyName);

  const rows = [...agencies.values()].map((row) => {
    const used = INSPECTION_KINDS.reduce((n, k) => n + row.byKind[k], 0);
    const cap = capOf.get(row.agencyId);
    const max = cap?.line?.maxPerYear ?? null;
    return {
      ...row,
      checks: used,
      expectedPerYear: cap?.line?.expectedPerYear ?? null,
      maxPerYear: max,
      capVersion: cap?.line ? cap.version : null,
      remaining: max === null ? null : Math.max(0, max - used),
      nextCheck: plannedCheckStanding(used, max),
    };
  });
  const names = new Map(rows.map((r) => [r.agencyId, r.agencyName]));
  for (const e of recent) names.set(e.agencyId, e.agencyName);
  const warnings = capWarnings(
    recent,
    rows.map((r) => ({ agencyId: r.agencyId, used: r.checks, max: r.maxPerYear })),
    input.today,
  ).map((w) => ({ ...w, agencyNames: w.agencyIds.map((id) => names.get(id) ?? id) }));
  const multiFrom = addCalendarDays(input.today, -MULTI_AGENCY_WINDOW_DAYS);
  const others = [...new Set(recent.filter((e) => e.on > multiFrom && e.agencyId !== input.viewerAgencyId).map((e) => e.agencyName))];
  return {
    object: { id: object.id, uscc: object.uscc, name: object.name, sectorCode: object.sectorCode, riskClass: object.riskClass },
    year: input.year,
    today: input.today,
    agencies: rows,
    recentChecks: recent,
    warnings,
    advice: mergeAdvice(others),
  };
}
