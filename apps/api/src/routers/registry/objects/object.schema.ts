import {
  CATEGORY_LABELS,
  choiceText,
  ITEM_CATEGORIES,
  normalizeUscc,
  OBJECT_STATUS_LABELS,
  OBJECT_STATUSES,
  RISK_CLASSES,
  validateUscc,
} from '@liancha/domain';
import { OBJECT_SORT_FIELDS } from '@liancha/db';
import { z } from 'zod';
import { listRequest, ZDate, ZId, ZSearch } from '../../../trpc/schemas.js';

export const ZUscc = z
  .string({ error: '请填写统一社会信用代码' })
  .transform(normalizeUscc)
  .superRefine((value, ctx) => {
    const result = validateUscc(value);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.fault.message });
  });

export const ZRiskClass = z.enum(RISK_CLASSES, { error: `风险等级应为 ${RISK_CLASSES.slice(0, -1).join('、')} 或 ${RISK_CLASSES.at(-1)}` });
export const ZObjectStatus = z.enum(OBJECT_STATUSES, { error: `经营状态应为${choiceText(OBJECT_STATUSES, OBJECT_STATUS_LABELS)}` });
export const ZCategory = z.enum(ITEM_CATEGORIES, { error: `类别应为${choiceText(ITEM_CATEGORIES, CATEGORY_LABELS)}` });

const fields = {
  name: z.string().trim().min(1, '请填写企业名称').max(200, '企业名称过长'),
  legalRepresentative: z.string().trim().max(50, '法定代表人过长'),
  address: z.string().trim().max(300, '地址过长'),
  townshipCode: z.string().regex(/^\d{9}$/, '属地乡镇（街道）代码应为9位数字'),
  sectorCode: z.string().min(1, '请选择行业领域').max(64),
  subSectorCode: z.string().max(64).nullable(),
  riskClass: ZRiskClass,
  supervisionCategory: ZCategory,
  licenceNo: z.string().trim().max(100, '许可证号过长').nullable(),
  licenceExpiry: ZDate.nullable(),
  status: ZObjectStatus,
  tags: z.array(z.string().trim().min(1).max(50)).max(50, '标签不能超过50个'),
  lastInspectedOn: ZDate.nullable(),
};

export const ZCreateObjectRequest = z.object({
  uscc: ZUscc,
  ...fields,
  legalRepresentative: fields.legalRepresentative.default(''),
  address: fields.address.default(''),
  subSectorCode: fields.subSectorCode.default(null),
  supervisionCategory: fields.supervisionCategory.default('general'),
  licenceNo: fields.licenceNo.default(null),
  licenceExpiry: fields.licenceExpiry.default(null),
  status: fields.status.default('operating'),
  tags: fields.tags.default([]),
  lastInspectedOn: fields.lastInspectedOn.default(null),
});

/**
 * The USCC is the object's identity and cannot be edited; the risk class is changed with a
 * reason through credit.changeRiskClass (it drives the next draw); everything else can.
 */
const { riskClass: _riskClass, ...editable } = fields;
export const ZUpdateObjectRequest = z.object({ id: ZId, patch: z.object(editable).partial().strict() });

export const ZListObjectsRequest = listRequest(OBJECT_SORT_FIELDS, 'name', {
  search: ZSearch,
  sectorCode: z.string().max(64).optional(),
  subSectorCode: z.string().max(64).optional(),
  townshipCode: z.string().max(9).optional(),
  riskClasses: z.array(ZRiskClass).max(4).optional(),
  supervisionCategory: ZCategory.optional(),
  statuses: z.array(ZObjectStatus).max(3).optional(),
  tag: z.string().max(50).optional(),
  supervisedBy: ZId.optional(),
  includeArchived: z.boolean().optional(),
});
