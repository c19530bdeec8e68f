import type { callerFor } from '../testing/caller.js';
import type { MatrixWorld, Relation } from './matrix-world.js';
import { WORKFLOW_CALLS } from './workflow-calls.js';
import { OUTCOME_CALLS } from './outcome-calls.js';
import { PUBLICATION_CALLS } from './publication-calls.js';
import { PORTAL_CALLS } from './portal-calls.js';
import { CAPS_CALLS } from './caps-calls.js';
import { ENTERPRISE_CALLS } from './enterprise-calls.js';

type Api = Awaited<ReturnType<typeof callerFor>>;
type Call = (api: Api, world: MatrixWorld, relation: Relation) => Promise<unknown>;

/** How to call each procedure with a valid input; the target row is made fresh for every call. */
export const MATRIX_CALLS: Record<string, Call> = {
  health: (api) => api.health(),
  'auth.login': (api) => api.auth.login({ username: 'yjj.coord', password: 'matrix-password' }),
  'auth.logout': (api) => api.auth.logout(),
  'auth.me': (api) => api.auth.me(),
  'public.regions': (api) => api.public.regions(),
  'public.regionOverview': (api) => api.public.regionOverview({ regionCode: '350881' }),
  'public.auditAnchors': (api) => api.public.auditAnchors({ regionCode: '350881' }),
  'public.auditCheck': (api) => api.public.auditCheck({ regionCode: '350881' }),
  'public.inspectionCode': async (api, w) => api.public.inspectionCode({ regionCode: '350881', code: await w.oc.inspectionCode() }),
  'public.enterpriseSearch': (api) => api.public.enterpriseSearch({ regionCode: '350881', q: '91' }),
  // The record of an enterprise the region has (found through the search, itself public).
  'public.enterpriseRecord': async (api) => {
    const { rows } = await api.public.enterpriseSearch({ regionCode: '350881', q: '91', limit: 1 });
    return api.public.enterpriseRecord({ regionCode: '350881', uscc: rows[0]!.uscc });
  },

  'registry.items.list': (api) => api.registry.items.list({}),
  'registry.items.get': async (api, w, r) => api.registry.items.get({ id: await w.make.item(r) }),
  'registry.items.create': (api, w) =>
    api.registry.items.create({ code: `C-${w.unique()}`, name: '新事项', legalBasis: '《安全生产法》', category: 'general' }),
  'registry.items.update': async (api, w, r) => api.registry.items.update({ id: await w.make.item(r), patch: { name: '改名事项' } }),
  'registry.items.archive': async (api, w, r) => api.registry.items.archive({ id: await w.make.item(r) }),
  'registry.items.publish': async (api, w, r) => api.registry.items.publish({ id: await w.make.item(r) }),

  'registry.objects.list': (api) => api.registry.objects.list({}),
  'registry.objects.get': async (api, w, r) => api.registry.objects.get({ id: await w.make.object(r) }),
  'registry.objects.create': async (api) => {
    const { composeUscc } = await import('@liancha/domain');
    const { randomBytes } = await import('node:crypto');
    const uscc = composeUscc({ authority: '9', entityType: '1', division: '350881', orgBody: randomBytes(4).toString('hex').toUpperCase() });
    return api.registry.objects.create({ uscc, name: '矩阵新建企业', townshipCode: '350881001', sectorCode: 'industry_trade', riskClass: 'B' });
  },
  'registry.objects.update': async (api, w, r) => api.registry.objects.update({ id: await w.make.object(r), patch: { name: '矩阵改名企业' } }),
  'registry.objects.archive': async (api, w, r) => api.registry.objects.archive({ id: await w.make.object(r) }),

  'registry.inspectors.list': (api) => api.registry.inspectors.list({}),
  'registry.inspectors.get': async (api, w, r) => api.registry.inspectors.get({ id: await w.make.inspector(r) }),
  'registry.inspectors.create': (api, w) =>
    api.registry.inspectors.create({ certificateNo: `N${w.unique()}`, name: '新检查员', certificateExpiry: '2029-12-31' }),
  'registry.inspectors.update': async (api, w, r) => api.registry.inspectors.update({ id: await w.make.inspector(r), patch: { status: 'on_leave' } }),
  'registry.inspectors.archive': async (api, w, r) => api.registry.inspectors.archive({ id: await w.make.inspector(r) }),

  'registry.conflicts.list': (api) => api.registry.conflicts.list({}),
  'registry.conflicts.create': async (api, w, r) =>
    api.registry.conflicts.create({
      inspectorId: await w.make.inspector(r),
      objectId: await w.make.object(r),
      reasonCode: 'declared',
      validFrom: '2026-01-01',
    }),
  'registry.conflicts.archive': async (api, w, r) => api.registry.conflicts.archive({ id: await w.make.conflict(r) }),

  'registry.tags.list': (api) => api.registry.tags.list({}),
  'registry.tags.create': (api, w) => api.registry.tags.create({ dimension: 'object_kind', code: `new-${w.unique().toLowerCase()}`, name: '新标签' }),
  'registry.tags.rename': async (api, w, r) => api.registry.tags.rename({ id: await w.make.tag(r), name: '改名标签' }),
  'registry.tags.archive': async (api, w, r) => api.registry.tags.archive({ id: await w.make.tag(r) }),

  'registry.imports.start': (api) =>
    api.registry.imports.start({
      kind: 'inspector',
      filename: 'm.csv',
      contentBase64: Buffer.from('执法证号,姓名,执法证有效期\nM1,甲,2029-01-01').toString('base64'),
    }),
  'registry.imports.status': async (api, w) => api.registry.imports.status({ jobId: await w.make.coordinatorJob() }),
  'registry.imports.issues': async (api, w) => api.registry.imports.issues({ jobId: await w.make.coordinatorJob() }),
  'registry.imports.commit': async (api, w) => api.registry.imports.commit({ jobId: await w.make.coordinatorJob() }),
  'registry.imports.refused': async (api, w) => api.registry.imports.refused({ jobId: await w.make.coordinatorJob(), format: 'csv' }),
  'registry.imports.template': (api) => api.registry.imports.template({ kind: 'object', format: 'csv' }),
  'registry.imports.export': (api) => api.registry.imports.export({ kind: 'inspectionItem', format: 'csv' }),

  'audit.list': (api) => api.audit.list({}),
  'audit.verify': (api) => api.audit.verify(),

  'users.locks.list': (api) => api.users.locks.list(),
  'users.locks.lift': async (api, w, r) => api.users.locks.lift({ userId: await w.make.lockedAccount(r) }),
  'calendar.schedules.list': (api) => api.calendar.schedules.list({}),
  'calendar.schedules.get': (api) => api.calendar.schedules.get({ year: 2026 }),
  'calendar.schedules.save': (api) =>
    api.calendar.schedules.save({
      year: 2027,
      noticeNumber: '矩阵测试',
      noticeDate: '2026-11-20',
      entries: [{ from: '2027-01-01', kind: 'holiday', name: '元旦' }],
    }),
  'calendar.schedules.import': (api) =>
    api.calendar.schedules.import({ year: 2027, noticeNumber: '矩阵测试', noticeDate: '2026-11-20', text: '2027-01-01,holiday,元旦' }),

  ...WORKFLOW_CALLS,
  ...OUTCOME_CALLS,
  ...PUBLICATION_CALLS,
  ...PORTAL_CALLS,
  ...CAPS_CALLS,
  ...ENTERPRISE_CALLS,
};
