import { TAG_DIMENSIONS } from '@liancha/domain';
import { z } from 'zod';
import { ZId } from '../../../trpc/schemas.js';

export const ZTagDimension = z.enum(TAG_DIMENSIONS, { error: '标签分类无效' });

export const ZListTagsRequest = z.object({ dimension: ZTagDimension.optional(), includeArchived: z.boolean().optional() });
export const ZCreateTagRequest = z.object({
  dimension: ZTagDimension,
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9_.-]{1,64}$/, '标签代码只能包含小写字母、数字、下划线、点和连字符'),
  name: z.string().trim().min(1, '请填写标签名称').max(50, '标签名称过长'),
});
export const ZRenameTagRequest = z.object({ id: ZId, name: ZCreateTagRequest.shape.name });
