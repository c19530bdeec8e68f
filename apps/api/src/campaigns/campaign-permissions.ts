import { subjectOf, type AppAbility, type UserActor } from '@liancha/authz';
import type { CampaignRow } from '@liancha/db';
import { assertCampaignStep, CAMPAIGN_STEPS, type CampaignStep } from '@liancha/domain';
import { caught, enforce, firstRefusal, flagsOf, forbiddenUnless, type Refusal } from '../can/refusal.js';

/**
 * Each step's CASL verb: the agency's coordinator writes, submits, closes and withdraws (`update`)
 * and publishes (`publish`: the agency publishes its own campaign once filed); the leadership group
 * approves, rejects and records the 备案 (`approve`, for the county government).
 */
const VERB = {
  submit: 'update',
  approve: 'approve',
  reject: 'approve',
  file: 'approve',
  publish: 'publish',
  close: 'update',
  withdraw: 'update',
} as const satisfies Record<CampaignStep, string>;

/**
 * May the caller take `step` on this campaign now? Its CASL verb, then the campaign's state. The
 * step mutations throw this answer and campaigns.get turns it into `can` flags. (The quota, checked
 * at submit, needs the database: the mutation checks it after this.)
 */
export function campaignStepRefusal(ctx: { ability: AppAbility; actor: UserActor }, row: CampaignRow, step: CampaignStep): Refusal {
  return firstRefusal(
    () => forbiddenUnless(ctx.ability, VERB[step], subjectOf('Campaign', row)),
    () => caught(() => assertCampaignStep(row.status, step)),
  );
}

export function assertCampaignStepAllowed(ctx: { ability: AppAbility; actor: UserActor }, row: CampaignRow, step: CampaignStep): void {
  enforce(campaignStepRefusal(ctx, row, step));
}

/** Every step as a flag, for campaigns.get. */
export function campaignCan(ctx: { ability: AppAbility; actor: UserActor }, row: CampaignRow): Record<CampaignStep, boolean> {
  return flagsOf(Object.fromEntries(CAMPAIGN_STEPS.map((step) => [step, campaignStepRefusal(ctx, row, step)])) as Record<CampaignStep, Refusal>);
}
