import { accessibleBy } from '@liancha/authz';
import { loadDirectory } from '@liancha/db';
import { abilityQuery } from '../../trpc/init.js';
import { ZDirectory } from './reference.schema.js';

/**
 * The names behind the codes registry rows carry (agencies, sectors, townships, units, tags), for
 * the caller's region: one query per list over reference tables, whatever the size of the registries.
 */
export const getDirectoryRoute = abilityQuery.output(ZDirectory).query(async ({ ctx }) => {
  const rows = await loadDirectory(ctx.db, ctx.scope, {
    agency: accessibleBy(ctx.ability, 'read', 'Agency'),
    unit: accessibleBy(ctx.ability, 'read', 'Unit'),
    tag: accessibleBy(ctx.ability, 'read', 'Tag'),
  });
  return { ...rows, agencies: rows.agencies.map((a) => ({ ...a, own: a.id === ctx.actor.agencyId })) };
});
