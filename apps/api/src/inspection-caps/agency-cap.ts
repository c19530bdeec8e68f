import { capsInForce, enterpriseClass, enterpriseLedger, type Executor, type RegionScope } from '@liancha/db';
import { capLineFor, DomainError } from '@liancha/domain';

/** One agency's count of an enterprise in a year and its cap for the enterprise's class (null: none published). */
export interface AgencyCapCount {
  used: number;
  max: number | null;
}

/** How often the agency inspected the enterprise in the year (every kind), against its cap in force. */
export async function agencyCapCount(db: Executor, scope: RegionScope, input: { agencyId: string; objectId: string; year: number }): Promise<AgencyCapCount> {
  const enterprise = await enterpriseClass(db, scope, input.objectId);
  if (!enterprise) throw new DomainError('not_found', '检查对象不存在', { reason: 'object_not_found' });
  const ledger = await enterpriseLedger(db, scope, { objectId: input.objectId, year: input.year });
  const used = ledger.filter((r) => r.agencyId === input.agencyId).reduce((n, r) => n + r.checks, 0);
  const [version] = await capsInForce(db, scope, { year: input.year, agencyIds: [input.agencyId] });
  return { used, max: version ? (capLineFor(version.lines, enterprise)?.maxPerYear ?? null) : null };
}
