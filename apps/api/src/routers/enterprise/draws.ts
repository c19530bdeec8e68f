import { drawInputsText, drawStratumFacts, enterpriseDrawCandidates } from '@liancha/db';
import { poolEntryOf, Tickets } from '@liancha/domain';
import { enterpriseProcedure } from '../../trpc/init.js';

/**
 * Every published draw whose frozen pool named the enterprise: its stratum, its ticket, the
 * stratum's cut-off (the highest ticket drawn; a smaller ticket wins) and whether it was drawn, or
 * why it was left out — each with the public page that verifies the draw.
 */
export const enterpriseDrawsRoute = enterpriseProcedure.query(async ({ ctx }) => {
  const { objectId, uscc } = ctx.self;
  const candidates = await enterpriseDrawCandidates(ctx.db, ctx.scope, uscc);
  const draws = [];
  for (const draw of candidates) {
    const inputs = await drawInputsText(ctx.db, ctx.scope, draw.drawId);
    const entry = inputs === null ? ({ in: 'none' } as const) : poolEntryOf(inputs, uscc);
    if (entry.in === 'none') continue;
    const base = {
      publicationId: draw.publicationId,
      taskCode: draw.taskCode,
      taskTitle: draw.taskTitle,
      publishedAt: draw.publishedAt,
      stratum: entry.stratum,
    };
    if (entry.in === 'excluded') {
      draws.push({ ...base, inPool: false as const, excludedFor: entry.reasons, ticket: null, cutOff: null, drawnInStratum: 0, outcome: null });
      continue;
    }
    const facts = await drawStratumFacts(ctx.db, ctx.scope, { drawId: draw.drawId, stratum: entry.stratum, objectId });
    draws.push({
      ...base,
      inPool: true as const,
      excludedFor: [],
      ticket: new Tickets(draw.seed).objectTicket(entry.stratum, uscc),
      cutOff: facts.cutOff,
      drawnInStratum: facts.drawn,
      outcome: facts.own?.outcome ?? null,
    });
  }
  return { draws };
});
