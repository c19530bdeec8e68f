import { router } from '../../trpc/init.js';
import { campaignQuotasRoute, setCampaignQuotaRoute } from './campaign-quotas.js';
import {
  approveCampaignRoute,
  closeCampaignRoute,
  fileCampaignRoute,
  publishCampaignRoute,
  rejectCampaignRoute,
  submitCampaignRoute,
  withdrawCampaignRoute,
} from './campaign-steps.js';
import { createCampaignRoute } from './create-campaign.js';
import { getCampaignRoute } from './get-campaign.js';
import { listCampaignsRoute } from './list-campaigns.js';
import { publicCampaignRoute, publicCampaignsRoute } from './public-campaigns.js';

/**
 * 专项检查: the agency writes a plan and submits it (within its yearly quota) → the leadership group
 * approves or rejects it and records its 备案 → the agency publishes it (its checks may then be
 * requested through caseChecks.request with `campaignId`) and closes it; withdrawn before publication.
 */
export const campaignsRouter = router({
  list: listCampaignsRoute,
  get: getCampaignRoute,
  create: createCampaignRoute,
  submit: submitCampaignRoute,
  approve: approveCampaignRoute,
  reject: rejectCampaignRoute,
  file: fileCampaignRoute,
  publish: publishCampaignRoute,
  close: closeCampaignRoute,
  withdraw: withdrawCampaignRoute,
  quotas: campaignQuotasRoute,
  setQuota: setCampaignQuotaRoute,
  publicList: publicCampaignsRoute,
  publicGet: publicCampaignRoute,
});
