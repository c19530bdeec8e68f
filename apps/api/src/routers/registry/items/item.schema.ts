import { ITEM_SORT_FIELDS } from '@liancha/db';
import { z } from 'zod';
import { agencyRegistryListRequest, updateRequest } from '../../../trpc/schemas.js';
import { ZCategory } from '../objects/object.schema.js';

const fields = {
  name: z.string().trim().min(1, '请填写抽查事项名称').max(200, '名称过长'),
  subItems: z.array(z.string().trim().min(1).max(200)).max(50, '抽查子项不能超过50项'),
  legalBasis: z.string().trim().min(1, '请填写抽查依据（法律法规条款）').max(2000, '抽查依据过长'),
  category: ZCategory,
  ratioBp: z.number().int('抽查比例以万分之一为单位，应为整数').min(0, '抽查比例不能为负').max(10000, '抽查比例不能超过100%').nullable(),
  frequency: z.string().trim().max(200),
  method: z.string().trim().max(200),
  requiredExpertise: z.array(z.string().trim().min(1).max(64)).max(20),
  applicableSectors: z.array(z.string().trim().min(1).max(64)).max(50),
};

export const ZCreateItemRequest = z.object({
  code: z.string().trim().min(1, '请填写事项编号').max(40, '事项编号过长'),
  ...fields,
  subItems: fields.subItems.default([]),
  ratioBp: fields.ratioBp.default(null),
  frequency: fields.frequency.default(''),
  method: fields.method.default(''),
  requiredExpertise: fields.requiredExpertise.default([]),
  applicableSectors: fields.applicableSectors.default([]),
});

export const ZUpdateItemRequest = updateRequest(fields);

export const ZListItemsRequest = agencyRegistryListRequest(ITEM_SORT_FIELDS, 'code', {
  category: ZCategory.optional(),
  sectorCode: z.string().max(64).optional(),
  published: z.boolean().optional(),
});
