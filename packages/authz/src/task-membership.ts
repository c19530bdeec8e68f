/**
 * The joint tasks an agency takes part in, as a list CASL can test a row against in memory and as the
 * SQL that reads the same rows. A province's year holds thousands of tasks: written into every list
 * query as literal ids they cost the database more than the page itself, so accessibleBy asks the
 * participant table instead (the rows loadActorFacts read: the agency's own, not declined).
 */
export interface MembershipSource {
  regionCode: string;
  agencyId: string;
  /** Only the tasks the agency leads. */
  leadOnly: boolean;
}

const sources = new WeakMap<readonly string[], MembershipSource>();

/** `ids` marked as the agency's memberships; the same array must reach the rule's `$in`. */
export function taskMembership(ids: readonly string[], source: MembershipSource): readonly string[] {
  sources.set(ids, source);
  return ids;
}

/** Where a rule's `$in` list came from, when it is a membership list. */
export const membershipSourceOf = (value: unknown): MembershipSource | undefined =>
  Array.isArray(value) ? sources.get(value as readonly string[]) : undefined;
