import type { FormReader } from '@liancha/api-client/sveltekit';
import { isOneOf, PENALTY_CATEGORIES, SANCTION_PARTY_KINDS, SANCTION_SEVERITIES } from '@liancha/domain/vocabulary';

/** The form fields of a decision beyond 文号/依据/内容/罚款/日期, for a refusal to show again. */
export const SANCTION_PUBLICITY_FIELDS = ['violationType', 'facts', 'penaltyCategories', 'validUntil', 'severity', 'partyKind'] as const;

/** The 双公示 fields as a sanction's create or update takes them (a forged code off the lists is dropped: the form offers only the lists). */
export function sanctionPublicityOf(form: FormReader) {
  const partyKind = form.text('partyKind');
  const severity = form.text('severity');
  return {
    violationType: form.text('violationType'),
    facts: form.text('facts'),
    penaltyCategories: form.list('penaltyCategories').filter((c) => isOneOf(PENALTY_CATEGORIES, c)),
    validUntil: form.optional('validUntil'),
    severity: isOneOf(SANCTION_SEVERITIES, severity) ? severity : 'general',
    partyKind: isOneOf(SANCTION_PARTY_KINDS, partyKind) ? partyKind : 'legal_person',
  };
}
