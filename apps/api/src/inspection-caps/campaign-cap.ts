import type { UserActor } from '@liancha/authz';
import { recordCapOverride, type Executor, type RegionScope } from '@liancha/db';
import { capRefusal, capVerdict, DomainError, plannedCheckStanding, type CapStanding, type CapVerdict } from '@liancha/domain';
import { agencyCapCount } from './agency-cap.js';

/** The head's approval of a 专项 check past the cap: who approves and the exemption they state. */
export interface CampaignCapApproval {
  approver: Pick<UserActor, 'userId' | 'roles' | 'agencyId'>;
  statedExemption: string;
}

/**
 * For the 专项 (campaign) work: may the agency carry out a campaign check of the enterprise, given its
 * 年度检查频次上限? Within the cap, or a campaign deployed by a higher level (exempt): yes. Past the cap
 * otherwise: only with the agency head's (主体负责人) approval and a stated exemption — refused
 * without them (naming `capOverride.*`), recorded in `inspection_cap_override` with them, where the
 * leadership group reads it beside the breach. Call it inside the mutation's transaction.
 */
export async function assertCampaignCheckCap(
  db: Executor,
  scope: RegionScope,
  input: {
    agencyId: string;
    agencyName: string;
    objectId: string;
    year: number;
    deployedByHigherLevel: boolean;
    /** The campaign check's id once it exists (null: recorded against the enterprise and year only). */
    checkRef: string | null;
    approval: CampaignCapApproval | null;
    at: Date;
  },
): Promise<{ standing: CapStanding; verdict: CapVerdict; overrideId: string | null }> {
  const { used, max } = await agencyCapCount(db, scope, input);
  const check = { kind: 'campaign' as const, deployedByHigherLevel: input.deployedByHigherLevel };
  const standing = plannedCheckStanding(used, max);
  const verdict = capVerdict(check, standing);
  const approver = input.approval?.approver;
  if (verdict === 'needs_approval' && approver && (!approver.roles.includes('agency_leader') || approver.agencyId !== input.agencyId)) {
    throw new DomainError('forbidden', `超过年度检查频次上限的专项检查须由${input.agencyName}的主体负责人批准`, {
      reason: 'inspection_cap',
      issues: [{ field: 'capOverride.approvedBy', message: '批准人不是本部门负责人' }],
    });
  }
  const override = input.approval ? { approvedBy: input.approval.approver.userId, statedExemption: input.approval.statedExemption } : null;
  const refusal = capRefusal(check, standing, override, input.agencyName);
  if (refusal) throw refusal;
  if (verdict !== 'needs_approval') return { standing, verdict, overrideId: null };
  const overrideId = await recordCapOverride(db, scope, {
    agencyId: input.agencyId,
    objectId: input.objectId,
    year: input.year,
    checkKind: 'campaign',
    checkRef: input.checkRef,
    statedExemption: override!.statedExemption.trim(),
    approvedBy: override!.approvedBy,
    at: input.at,
  });
  return { standing, verdict, overrideId };
}
