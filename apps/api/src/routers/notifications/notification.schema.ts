import { z } from 'zod';
import { ZId } from '../../trpc/schemas.js';

export const ZListNotificationsRequest = z.object({
  limit: z.number().int().min(1).max(100).default(30),
  /** The last row of the previous page (keyset). */
  before: z.object({ createdAt: z.coerce.date(), id: ZId }).optional(),
});
export const ZReadNotificationRequest = z.object({ id: ZId });
