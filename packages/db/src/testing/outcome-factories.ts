import type { Insertable } from 'kysely';
import type { Executor } from '../repositories/executor.js';
import type { CheckResultTable, FollowUpActionTable, HazardTable, SanctionTable } from '../schema/checks.js';
import { suffix } from './suffix.js';

/** An outcome's check is null when it was found or decided outside any check. */
type Owner = { regionCode: string; checkId: string | null; objectId: string; agencyId: string };

/** An agency's result for one item of a check (a draft unless `status` says otherwise). */
export async function makeCheckResult(
  db: Executor,
  input: Pick<Insertable<CheckResultTable>, 'regionCode' | 'checkId' | 'agencyId' | 'itemId' | 'resultCode'> &
    Partial<Pick<Insertable<CheckResultTable>, 'status' | 'findings' | 'verificationMethods' | 'recordedBy'>>,
): Promise<string> {
  const row = await db.insertInto('checkResult').values(input).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** A hazard found on a check (or outside one); `state` sets severity, status and the columns that status implies. */
export async function makeHazard(db: Executor, input: Owner & { state?: Partial<Insertable<HazardTable>> }): Promise<string> {
  const { state, ...owner } = input;
  const row = await db
    .insertInto('hazard')
    .values({ ...owner, severity: 'ordinary', description: '测试隐患', foundOn: '2025-01-01', rectificationDeadline: '2099-12-31', ...state })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function makeFollowUp(
  db: Executor,
  input: Omit<Owner, 'objectId' | 'checkId'> & { checkId: string; kind?: Insertable<FollowUpActionTable>['kind'] },
): Promise<string> {
  const row = await db
    .insertInto('followUpAction')
    .values({ kind: 'case_filed', ...input })
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
      penaltyCategories: ['warning'],
      // 严重失信行为: public for three years from the decision.
      severity: 'serious',
      publicityEndsOn: '2028-01-05',
      status: input.status ?? 'draft',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
