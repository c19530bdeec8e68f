import { z } from 'zod';
import { ZRiskClass } from '../registry/objects/object.schema.js';
import { paging, ZDate, ZId, ZSearch } from '../../trpc/schemas.js';

const ZReason = z.string().trim().min(1, '请填写原因').max(1000, '原因不能超过1000字');

export const ZCreditHistoryRequest = z.object({ objectId: ZId });
export const ZChangeRiskClassRequest = z.object({ objectId: ZId, riskClass: ZRiskClass, reason: ZReason });
/** 纳入失信名单 with its end date (null: none stated); lifting takes no date. */
export const ZDishonestRequest = z.object({ objectId: ZId, reason: ZReason, until: ZDate.nullable().default(null) });
export const ZLiftDishonestRequest = z.object({ objectId: ZId, reason: ZReason });
export const ZDishonestListRequest = z.object({ ...paging, filter: z.object({ search: ZSearch, sectorCode: z.string().max(64).optional() }).default({}) });
