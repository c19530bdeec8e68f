import { DomainError } from '../errors.js';
import { CAMPAIGN_STATUS_LABELS, type CampaignStatus } from '../vocabulary/inspection.js';

/**
 * 专项检查 steps and the states each starts from: the agency submits its draft plan; the leadership
 * group (for the county government) approves or rejects it, then records its 备案; the agency
 * publishes it, its checks follow, and the agency closes it. The agency withdraws a plan not yet
 * published (a published campaign is closed instead, so the public record stays).
 */
const FROM = {
  submit: ['draft'],
  approve: ['submitted'],
  reject: ['submitted'],
  file: ['approved'],
  publish: ['filed'],
  close: ['published'],
  withdraw: ['draft', 'submitted', 'approved', 'filed'],
} as const satisfies Record<string, readonly CampaignStatus[]>;
export type CampaignStep = keyof typeof FROM;
export const CAMPAIGN_STEPS = Object.keys(FROM) as CampaignStep[];

export const CAMPAIGN_STEP_LABELS: Record<CampaignStep, string> = {
  submit: '提交审批',
  approve: '批准',
  reject: '不予批准',
  file: '登记备案',
  publish: '公布',
  close: '结束',
  withdraw: '撤回',
};

/** Whose turn each step is: the agency (its coordinator) or the leadership group. */
export const CAMPAIGN_STEP_ACTOR: Record<CampaignStep, 'agency' | 'leadership'> = {
  submit: 'agency',
  approve: 'leadership',
  reject: 'leadership',
  file: 'leadership',
  publish: 'agency',
  close: 'agency',
  withdraw: 'agency',
};

/** Refuses a step the campaign's state does not allow, naming the states that do. */
export function assertCampaignStep(status: CampaignStatus, step: CampaignStep): void {
  const from: readonly CampaignStatus[] = FROM[step];
  if (from.includes(status)) return;
  const needed = from.map((s) => `“${CAMPAIGN_STATUS_LABELS[s]}”`).join('或');
  throw new DomainError(
    'precondition_failed',
    `该专项检查当前状态为“${CAMPAIGN_STATUS_LABELS[status]}”，不能${CAMPAIGN_STEP_LABELS[step]}：仅${needed}状态可以`,
    { reason: 'campaign.illegal_transition' },
  );
}
