import { INSPECTOR_UPDATABLE_FIELDS } from '@liancha/domain/vocabulary';
import { type FormReader } from '@liancha/api-client/sveltekit';
import type { Gender, InspectorStatus } from '@liancha/domain/vocabulary';

export function inspectorFields(form: FormReader) {
  return {
    name: form.text('name'),
    gender: (form.optional('gender') as Gender | null) ?? null,
    certificateExpiry: form.text('certificateExpiry'),
    unitId: form.optional('unitId'),
    expertise: form.list('expertise'),
    isExpert: form.bool('isExpert'),
    status: form.text('status') as InspectorStatus,
    homeTownshipCode: form.optional('homeTownshipCode'),
    phone: form.optional('phone'),
  };
}

export const INSPECTOR_FIELDS = ['certificateNo', ...INSPECTOR_UPDATABLE_FIELDS, 'unitId'] as const;
