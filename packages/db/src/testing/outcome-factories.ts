import type { Insertable } from 'kysely';
import type { Executor } from '../repositories/executor.js';
import type { HazardTable, SanctionTable } from '../schema/checks.js';
import { suffix } from './suffix.js';

type Owner = { regionCode: string; checkId: string; objectId: string; agencyId: string };

/** A hazard found on a check; `state` sets severity, status and the columns that status implies. */
export async function makeHazard(db: Executor, input: Owner & { state?: Partial<Insertable<HazardTable>> }): Promise<string> {
  const { state, ...owner } = input;
  const row = await db
    .insertInto('hazard')
    .values({ ...owner, severity: 'ordinary', description: '测试隐患', foundOn: '2025-01-01', rectificationDeadline: '2099-12-31', ...state })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function makeFollowUp(db: Executor, input: Omit<Owner, 'objectId'>): Promise<string> {
  const row = await db
    .insertInto('followUpAction')
    .values({ ...input, kind: 'case_filed' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function makeSanction(db: Executor, input: Owner & { status?: Insertable<SanctionTable>['status'] }): Promise<string> {
  const row = await db
    .insertInto('sanction')
    .values({
      ...input,
      decisionNo: `测试罚〔2026〕${suffix().toUpperCase()}号`,
      basis: '依据',
      penalty: '警告',
      fineFen: null,
      decidedOn: '2025-01-05',
      status: input.status ?? 'draft',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
