import { z } from 'zod';

/** An address or nothing: an empty field removes it (in-app notifications only). */
export const ZSetEmailRequest = z.object({
  email: z
    .string()
    .trim()
    .max(254, '邮箱地址过长')
    .refine((v) => v === '' || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v), '请填写有效的邮箱地址，如 name@example.gov.cn'),
});
