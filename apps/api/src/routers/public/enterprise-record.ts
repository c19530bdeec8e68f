import { accessibleBy, defineAbilityFor, publicActor } from '@liancha/authz';
import { enterpriseDraws, enterprisePublications, findPublicEnterprise } from '@liancha/db';
import { dateInShanghai, DomainError } from '@liancha/domain';
import { poolStanding } from '../../draws/pool-standing.js';
import { publicReadProcedure } from '../../trpc/init.js';
import { ZEnterpriseRecordRequest } from './enterprise-record.schema.js';

const PUBLIC = accessibleBy(defineAbilityFor(publicActor), 'read', 'Publication');

/** The newest results and sanctions, and draws, a record shows (a few a year in practice). */
const SHOWN = 200;
const DRAWS_SHOWN = 50;

/**
 * 企业信用公示 (no login): one enterprise's public record — its 失信 state and end date, every
 * published check result of every agency and every sanction still in its publicity period (the
 * versions in force, a correction with its reason), as their 公示 carry them, and the published
 * draws whose pool named it with its ticket and the cut-off. Nothing unpublished: the results and
 * sanctions are read through the public actor's publication access, the draws from published tasks.
 */
export const enterpriseRecordRoute = publicReadProcedure.input(ZEnterpriseRecordRequest).query(async ({ ctx, input }) => {
  const scope = { regionCode: input.regionCode };
  const today = dateInShanghai(ctx.now());
  const enterprise = await findPublicEnterprise(ctx.db, scope, input.uscc, today);
  if (!enterprise) throw new DomainError('not_found', `本地区未找到统一社会信用代码为 ${input.uscc} 的企业`, { reason: 'enterprise_not_found' });
  const [publications, draws] = await Promise.all([
    enterprisePublications(ctx.db, scope, PUBLIC, { uscc: enterprise.uscc, visibleOn: today, limit: SHOWN + 1 }),
    enterpriseDraws(ctx.db, scope, { uscc: enterprise.uscc, limit: DRAWS_SHOWN + 1 }),
  ]);
  const shown = publications.slice(0, SHOWN);
  const entry = ({ id, agencyName, title, publishedAt, correctsId, payload }: (typeof shown)[number]) => ({
    publicationId: id,
    agencyName,
    title,
    publishedAt,
    correctsId,
    payload,
  });
  return {
    enterprise,
    results: shown.filter((p) => p.kind === 'result').map(entry),
    sanctions: shown.filter((p) => p.kind === 'sanction').map(entry),
    draws: draws.slice(0, DRAWS_SHOWN).map((row) => poolStanding(row, enterprise.uscc)),
    /** More than shown: the newest are. */
    more: publications.length > SHOWN || draws.length > DRAWS_SHOWN,
  };
});
