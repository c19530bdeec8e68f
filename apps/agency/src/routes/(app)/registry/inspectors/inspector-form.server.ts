import { type FormReader } from '@liancha/api-client/sveltekit';

export function inspectorFields(form: FormReader) {
  return {
    name: form.text('name'),
    gender: (form.optional('gender') as 'male' | 'female' | null) ?? null,
    certificateExpiry: form.text('certificateExpiry'),
    unitId: form.optional('unitId'),
    expertise: form.list('expertise'),
    isExpert: form.bool('isExpert'),
    status: form.text('status') as 'on_duty' | 'on_leave' | 'transferred',
    homeTownshipCode: form.optional('homeTownshipCode'),
    phone: form.optional('phone'),
  };
}

export const INSPECTOR_FIELDS = ['certificateNo', 'name', 'gender', 'certificateExpiry', 'unitId', 'expertise', 'isExpert', 'status', 'homeTownshipCode', 'phone'] as const;
