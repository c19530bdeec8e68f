import { choiceText, GENDER_LABELS, GENDERS, INSPECTOR_STATUS_LABELS, INSPECTOR_STATUSES } from '@liancha/domain';
import { INSPECTOR_SORT_FIELDS } from '@liancha/db';
import { z } from 'zod';
import { agencyRegistryListRequest, updateRequest, ZDate, ZId } from '../../../trpc/schemas.js';

export const ZInspectorStatus = z.enum(INSPECTOR_STATUSES, { error: `状态应为${choiceText(INSPECTOR_STATUSES, INSPECTOR_STATUS_LABELS)}` });

const fields = {
  name: z.string().trim().min(1, '请填写姓名').max(50, '姓名过长'),
  gender: z.enum(GENDERS, { error: `性别应为${choiceText(GENDERS, GENDER_LABELS)}` }).nullable(),
  certificateExpiry: ZDate,
  unitId: ZId.nullable(),
  expertise: z.array(z.string().trim().min(1).max(64)).max(30, '执法专长不能超过30项'),
  isExpert: z.boolean(),
  status: ZInspectorStatus,
  homeTownshipCode: z
    .string()
    .regex(/^\d{9}$/, '属地乡镇（街道）代码应为9位数字')
    .nullable(),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\- ]{5,20}$/, '手机号格式不正确')
    .nullable(),
};

export const ZCertificateNo = z
  .string()
  .trim()
  .min(4, '执法证号过短')
  .max(40, '执法证号过长')
  .regex(/^[0-9A-Za-z-]+$/, '执法证号只能包含数字、字母和连字符');

export const ZCreateInspectorRequest = z.object({
  certificateNo: ZCertificateNo,
  ...fields,
  gender: fields.gender.default(null),
  unitId: fields.unitId.default(null),
  expertise: fields.expertise.default([]),
  isExpert: fields.isExpert.default(false),
  status: fields.status.default('on_duty'),
  homeTownshipCode: fields.homeTownshipCode.default(null),
  phone: fields.phone.default(null),
});

/** The certificate number identifies the inspector across agencies and imports; it is not edited. */
export const ZUpdateInspectorRequest = updateRequest(fields);

export const ZListInspectorsRequest = agencyRegistryListRequest(INSPECTOR_SORT_FIELDS, 'name', {
  unitId: ZId.optional(),
  expertise: z.string().max(64).optional(),
  statuses: z.array(ZInspectorStatus).max(3).optional(),
  isExpert: z.boolean().optional(),
  validOn: ZDate.optional(),
});
