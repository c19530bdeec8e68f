import { assertCan, subjectOf } from '@liancha/authz';
import { listAuditEvents } from '@liancha/db';
import { z } from 'zod';
import { abilityQuery } from '../../trpc/init.js';

export const ZListAuditEventsRequest = z.object({ limit: z.number().int().min(1).max(500).default(100), beforeSeq: z.number().int().positive().optional() });

export const listAuditEventsRoute = abilityQuery.input(ZListAuditEventsRequest).query(async ({ ctx, input }) => {
  assertCan(ctx.ability, 'read', subjectOf('AuditEvent', { regionCode: ctx.scope.regionCode }));
  return listAuditEvents(ctx.db, ctx.scope.regionCode, input);
});
