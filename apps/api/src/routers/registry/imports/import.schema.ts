import { REGISTRY_KINDS } from '@liancha/domain';
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
});

export const ZImportJobRequest = z.object({ jobId: ZId });
export const ZImportIssuesRequest = z.object({ jobId: ZId, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(200) });
/** A registry and a file format: what an export or a blank template is asked for with. */
export const ZRegistryFileRequest = z.object({ kind: ZRegistryKind, format: ZFileFormat });
