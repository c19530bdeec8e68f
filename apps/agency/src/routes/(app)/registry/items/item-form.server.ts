import { ITEM_UPDATABLE_FIELDS } from '@liancha/domain/vocabulary';
import { type FormReader } from '@liancha/api-client/sveltekit';

export function itemFields(form: FormReader) {
  return {
    name: form.text('name'),
    subItems: form.lines('subItems'),
    legalBasis: form.text('legalBasis'),
    category: form.text('category') as 'general' | 'key',
    ratioBp: form.percentBp('ratioPercent'),
    frequency: form.text('frequency'),
    method: form.text('method'),
    requiredExpertise: form.list('requiredExpertise'),
    applicableSectors: form.list('applicableSectors'),
  };
}

export const ITEM_FIELDS = ['code', ...ITEM_UPDATABLE_FIELDS] as const;
