import type { ParticipantRow } from '@liancha/db';

/** One committed secret per participating agency (an internal joint check has one agency, so one secret). */
export function agencySources(participants: ParticipantRow[]) {
  const seen = new Map<string, { id: string; kind: 'agency'; label: string; agencyId: string; agencyUuid: string }>();
  for (const p of participants) {
    if (p.status !== 'confirmed' || seen.has(p.agencyCode)) continue;
    seen.set(p.agencyCode, { id: `agency:${p.agencyCode}`, kind: 'agency', label: p.agencyName, agencyId: p.agencyCode, agencyUuid: p.agencyId });
  }
  return [...seen.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}
