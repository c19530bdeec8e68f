import type { CampaignRow } from '@liancha/db';
import { campaignPublicationLate, campaignPublishBy, dateInShanghai } from '@liancha/domain';

/**
 * A campaign as the portals show it, with its publication deadline (one month after approval) and
 * whether publication is late — published after it, or still unpublished past it.
 */
export function presentCampaign(row: CampaignRow, now: Date) {
  const approvedOn = row.decidedAt && row.status !== 'rejected' ? dateInShanghai(row.decidedAt) : null;
  const publishedOn = row.publishedAt ? dateInShanghai(row.publishedAt) : null;
  const awaitsPublication = row.status === 'approved' || row.status === 'filed';
  const publishBy = approvedOn && (awaitsPublication || publishedOn) ? campaignPublishBy(approvedOn) : null;
  const publicationLate =
    approvedOn !== null && (awaitsPublication || publishedOn !== null) && campaignPublicationLate(approvedOn, publishedOn, dateInShanghai(now));
  return { ...row, publishBy, publicationLate };
}

/** What the public reads of a published campaign: the plan, its approval and 备案 — not who typed it in. */
export function publicCampaign(row: CampaignRow, now: Date) {
  const { createdBy: _c, createdByName: _cn, submittedByName: _sn, submittedAt: _s, withdrawnAt: _w, updatedAt: _u, ...shown } = presentCampaign(row, now);
  return shown;
}
