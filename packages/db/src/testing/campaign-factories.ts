import type { CampaignStatus } from '../schema/campaigns.js';
import { insertCampaign, moveCampaign, type CampaignFields } from '../repositories/campaign.repository.js';
import type { Executor } from '../repositories/executor.js';

/** The steps that lead from a draft to each state, as the API takes them. */
const PATH: Record<CampaignStatus, ('submit' | 'approve' | 'reject' | 'file' | 'publish' | 'close' | 'withdraw')[]> = {
  draft: [],
  submitted: ['submit'],
  approved: ['submit', 'approve'],
  filed: ['submit', 'approve', 'file'],
  published: ['submit', 'approve', 'file', 'publish'],
  closed: ['submit', 'approve', 'file', 'publish', 'close'],
  rejected: ['submit', 'reject'],
  withdrawn: ['withdraw'],
};
const BEFORE = {
  submit: 'draft',
  approve: 'submitted',
  reject: 'submitted',
  file: 'approved',
  publish: 'filed',
  close: 'published',
  withdraw: 'draft',
} as const;

/**
 * A 专项检查 of `agencyId` brought to `status` by the steps that lead there (`by` takes each step;
 * the leadership's steps too, in a fixture). The window is the year's second quarter unless given.
 */
export async function makeCampaign(
  db: Executor,
  input: { regionCode: string; agencyId: string; by: string; status?: CampaignStatus; at?: Date } & Partial<Omit<CampaignFields, 'agencyId'>>,
): Promise<string> {
  const { regionCode, by, status = 'draft', at = new Date('2026-03-01T02:00:00Z'), ...fields } = input;
  const year = fields.year ?? 2026;
  const scope = { regionCode };
  const id = await insertCampaign(
    db,
    scope,
    {
      year,
      name: '危险化学品安全专项检查',
      legalBasis: '《危险化学品安全管理条例》',
      content: '储存场所、重大危险源管控',
      scopeSectors: [],
      scopeCount: 20,
      scopeNote: '',
      level: 'own',
      deployedBy: null,
      windowFrom: `${year}-04-01`,
      windowTo: `${year}-06-30`,
      ...fields,
    },
    by,
  );
  for (const step of PATH[status]) {
    const move =
      step === 'reject'
        ? { step, by, at, note: '不予批准' }
        : step === 'approve'
          ? { step, by, at, note: null }
          : step === 'file'
            ? { step, by, at, filingNo: '备〔2026〕1号', filedWith: '漳平市人民政府' }
            : { step, by, at };
    if (!(await moveCampaign(db, scope, id, BEFORE[step], move))) throw new Error(`makeCampaign: ${step} did not apply`);
  }
  return id;
}
