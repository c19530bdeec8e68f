import { OPEN_LISTS, REGISTRY_KINDS } from '@liancha/domain';
import { FILE_FORMATS } from '@liancha/registry-io';
import { z } from 'zod';
import { ZId } from '../../../trpc/schemas.js';

export const ZRegistryKind = z.enum(REGISTRY_KINDS, { error: '名录类型无效' });
export const ZFileFormat = z.enum(FILE_FORMATS, { error: `文件格式应为 ${FILE_FORMATS.join(' 或 ')}` });

// 32 MiB of file is about 43 MiB of base64.
const MAX_BASE64 = Math.ceil((32 * 1024 * 1024 * 4) / 3) + 4;

export const ZStartImportRequest = z.object({
  kind: ZRegistryKind,
  filename: z.string().trim().min(1, '缺少文件名').max(200, '文件名过长'),
  contentBase64: z
    .string()
    .min(1, '文件为空')
    .max(MAX_BASE64, '文件大小超过上限（32 MB）')
    .regex(/^[A-Za-z0-9+/=]+$/, '文件内容编码无效'),
  /** The worksheet to read, when the workbook has several with the template's headers. */
  sheet: z.string().trim().max(31, '工作表名称最多31个字').optional(),
});

export const ZImportJobRequest = z.object({ jobId: ZId });
export const ZImportIssuesRequest = z.object({ jobId: ZId, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(200) });
/** A registry and a file format: what an export or a blank template is asked for with. */
export const ZRegistryFileRequest = z.object({ kind: ZRegistryKind, format: ZFileFormat });

const word = {
  list: z.enum(OPEN_LISTS, { error: '新词所属的名目无效' }),
  parentCode: z.string().max(100).nullable(),
  text: z.string().min(1, '缺少新词').max(200, '新词过长'),
};
/** The importer's answer for one new word: map it to an existing entry, or create it (optionally renamed). */
export const ZWordDecision = z.discriminatedUnion('action', [
  z.object({ ...word, action: z.literal('map'), code: z.string().min(1, '请选择对应的已有项').max(100) }),
  z.object({ ...word, action: z.literal('create'), name: z.string().trim().min(1, '名称不能为空').max(60, '名称最多60个字').optional() }),
]);
export const ZCommitImportRequest = z.object({
  jobId: ZId,
  /** Import the rows without faults and leave the refused ones out: an explicit choice, never the default. */
  validOnly: z.boolean().default(false),
  decisions: z.array(ZWordDecision).max(5000, '新词过多，请分批导入').default([]),
});
export const ZRefusedRowsRequest = z.object({ jobId: ZId, format: ZFileFormat });
