import { OBJECT_UPDATABLE_FIELDS } from '@liancha/domain/vocabulary';
import { type FormReader } from '@liancha/api-client/sveltekit';
import type { ItemCategory, ObjectStatus, RiskClass } from '@liancha/domain/vocabulary';

/** The object form's fields as the API takes them (create and update share them). */
export function objectFields(form: FormReader) {
  return {
    name: form.text('name'),
    legalRepresentative: form.text('legalRepresentative'),
    address: form.text('address'),
    townshipCode: form.text('townshipCode'),
    sectorCode: form.text('sectorCode'),
    subSectorCode: form.optional('subSectorCode'),
    riskClass: form.text('riskClass') as RiskClass,
    supervisionCategory: form.text('supervisionCategory') as ItemCategory,
    licenceNo: form.optional('licenceNo'),
    licenceExpiry: form.optional('licenceExpiry'),
    status: form.text('status') as ObjectStatus,
    tags: form.list('tags'),
    lastInspectedOn: form.optional('lastInspectedOn'),
  };
}

export const OBJECT_FIELDS = ['uscc', ...OBJECT_UPDATABLE_FIELDS] as const;
