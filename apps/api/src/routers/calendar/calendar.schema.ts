import { SCHEDULE_DAY_KIND_LABELS, SCHEDULE_DAY_KINDS } from '@liancha/domain';
import { z } from 'zod';
import { ZDate } from '../../trpc/schemas.js';

const ZYear = z.number('年份应为数字').int('年份应为整数').min(2000, '年份不早于 2000 年').max(2100, '年份不晚于 2100 年');

const ZHeader = z.object({
  year: ZYear,
  noticeNumber: z.string('请填写通知文号').trim().min(1, '请填写通知文号，例如 国办发明电〔2026〕X号').max(200, '通知文号不超过 200 字'),
  noticeDate: ZDate,
  sourceText: z.string().trim().max(20_000, '通知原文或出处不超过 20000 字').default(''),
  /** The version the form was opened on (null: the year had none); omit to skip the check. */
  expectedVersion: z.number().int().min(1).nullable().optional(),
});

const ZEntry = z.object({
  from: z.string('请填写日期').trim().max(10, '日期格式应为 YYYY-MM-DD'),
  /** Last day of a run of holidays; defaults to `from`. */
  to: z.string().trim().max(10, '日期格式应为 YYYY-MM-DD').optional(),
  kind: z.enum(SCHEDULE_DAY_KINDS, `类型应为${SCHEDULE_DAY_KINDS.map((k) => `${SCHEDULE_DAY_KIND_LABELS[k]}（${k}）`).join('或')}`),
  name: z.string().trim().max(30, '名称不超过 30 个字').default(''),
});

/** A schedule as structured entries; errors point at entries by position (第 N 行 = entries[N-1]). */
export const ZSaveScheduleRequest = ZHeader.extend({ entries: z.array(ZEntry).min(1, '至少应有一条安排').max(400, '一年的安排不超过 400 条') });

/** A schedule as import text (lines `2027-01-01,holiday,元旦`); errors point at line numbers. */
export const ZImportScheduleRequest = ZHeader.extend({ text: z.string('请粘贴或上传节假日安排').max(50_000, '导入内容过长（不超过 50000 字）') });

export const ZGetScheduleRequest = z.object({ year: ZYear, version: z.number().int().min(1).optional() });
export const ZListSchedulesRequest = z.object({}).default({});
