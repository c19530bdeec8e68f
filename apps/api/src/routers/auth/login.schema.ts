import { z } from 'zod';

export const ZLoginRequest = z.object({
  username: z.string({ error: '请输入用户名' }).trim().toLowerCase().min(1, '请输入用户名').max(64, '用户名过长'),
  password: z.string({ error: '请输入密码' }).min(1, '请输入密码').max(200, '密码过长'),
});
