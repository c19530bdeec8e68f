import { z } from 'zod';

export const ZLiftLoginLockRequest = z.object({ userId: z.uuid({ error: '请选择要解除锁定的账号' }) });
