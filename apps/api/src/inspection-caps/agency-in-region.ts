import { oversightAgencies, type Executor, type RegionScope } from '@liancha/db';
import { DomainError } from '@liancha/domain';

/** An agency of the caller's region, or NOT_FOUND. */
export async function agencyInRegion(db: Executor, scope: RegionScope, agencyId: string): Promise<{ id: string; name: string }> {
  const agency = (await oversightAgencies(db, scope)).find((a) => a.id === agencyId);
  if (!agency) throw new DomainError('not_found', '部门不存在', { reason: 'agency_not_found' });
  return { id: agency.id, name: agency.name };
}
