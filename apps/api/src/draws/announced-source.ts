import { announcementDescription, DomainError, normaliseAnnouncement, type AnnouncementKind, type EntropyAnnouncement } from '@liancha/domain';

/** The form's external source: free text, or an announcement whose label and description default to its own. */
interface ExternalInput {
  label?: string | undefined;
  description?: string | undefined;
  announcement: { kind: AnnouncementKind; name: string; round: string; url: string | null; availableAfter: Date } | null;
}

/** The protocol's instant: UTC to the second (milliseconds would only be noise in the commitment). */
const protocolInstant = (at: Date) => at.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The external source to declare when the draw is opened. An announced value must not exist yet:
 * a value already public when the commitment is made could have steered the pool.
 */
export function declaredExternal(input: ExternalInput, now: Date): { label: string; description: string; announcement: EntropyAnnouncement | null } {
  if (!input.announcement) return { label: input.label!, description: input.description!, announcement: null };
  const { availableAfter, ...rest } = input.announcement;
  const announcement = normaliseAnnouncement({ ...rest, availableAfter: protocolInstant(availableAfter) }, rest.name);
  assertStillFuture(rest.name, announcement, now);
  return { label: input.label ?? announcement.name, description: input.description ?? announcementDescription(announcement), announcement };
}

/** Refuse to declare, or to freeze, once the announced value may already be public. */
export function assertStillFuture(label: string, announcement: EntropyAnnouncement, now: Date): void {
  if (now.getTime() < Date.parse(announcement.availableAfter)) return;
  throw new DomainError('precondition_failed', `“${label}”的公布时间已到：公开随机数须在其公布之前声明并冻结，请改选尚未开奖的期号（轮次）`, {
    reason: 'announcement_past',
  });
}
