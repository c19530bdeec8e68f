import { makeRecusalRequest } from '@liancha/db/testing';
import { issueActivationCode } from '../enterprise/activation-codes.js';
import type { callerFor } from '../testing/caller.js';
import type { MatrixWorld, Relation } from './matrix-world.js';

type Api = Awaited<ReturnType<typeof callerFor>>;
type Call = (api: Api, world: MatrixWorld, relation: Relation) => Promise<unknown>;

const regionOf = (relation: Relation) => (relation === 'region' ? '350802' : '350881');

/** How to call each procedure of the enterprise's side; checks and requests are made fresh per call. */
export const ENTERPRISE_CALLS: Record<string, Call> = {
  'enterprise.activate': async (api, w) => {
    const { code } = await issueActivationCode(
      w.db,
      { regionCode: '350881' },
      { objectId: w.ent.objectId, source: 'agency', checkId: null, issuedBy: null, now: new Date() },
    );
    return api.enterprise.activate({ regionCode: '350881', uscc: w.ent.uscc, code });
  },
  'enterprise.me': (api) => api.enterprise.me(),
  'enterprise.logout': (api) => api.enterprise.logout(),
  'enterprise.record': (api) => api.enterprise.record(),
  'enterprise.draws': (api) => api.enterprise.draws(),
  'enterprise.caps': (api) => api.enterprise.caps(),
  'enterprise.requestRecusal': async (api, w) =>
    api.enterprise.requestRecusal({ checkId: await w.wf.check('own', 'planned'), inspectorId: w.ent.officerId, reason: '亲属在本企业任职' }),
  'enterprise.rate': async (api, w) =>
    api.enterprise.rate({ checkKind: 'drawn', checkId: await w.wf.check('own', 'recorded'), conduct: 5, burden: 4, improper: false }),
  'enterprise.complain': async (api, w) => api.enterprise.complain({ checkKind: 'drawn', checkId: await w.wf.check('own', 'recorded'), body: '检查时间过长' }),
  'enterpriseAccess.issueCode': async (api, w, r) => api.enterpriseAccess.issueCode({ objectId: await w.make.object(r) }),
  'recusals.list': (api) => api.recusals.list({}),
  'recusals.decide': async (api, w, r) => {
    const checkId = await w.wf.check(r, 'planned');
    const inspectorId = await w.make.inspector(r);
    const agencyId = r === 'region' ? w.otherRegionAgencyId : w.agencyId({ own: 'yjj', other: 'sthj', partner: 'scj' }[r]);
    const id = await makeRecusalRequest(w.db, { regionCode: regionOf(r), checkId, inspectorId, agencyId });
    return api.recusals.decide({ id, grant: false, note: '不属于法定回避情形' });
  },
  'ratings.aggregates': (api) => api.ratings.aggregates({}),
  'ratings.complaints': (api) => api.ratings.complaints({}),
};
