import type { callerFor } from '../testing/caller.js';
import type { MatrixWorld, Relation } from './matrix-world.js';

type Api = Awaited<ReturnType<typeof callerFor>>;
type Call = (api: Api, world: MatrixWorld, relation: Relation) => Promise<unknown>;

/** How to call each publication, oversight and 督办 procedure; targets are made fresh per call. */
export const PUBLICATION_CALLS: Record<string, Call> = {
  'publications.list': (api) => api.publications.list({ regionCode: '350881' }),
  'publications.get': async (api, w, r) => api.publications.get(await w.pub.publication(r)),
  'publications.bundle': async (api, w, r) => api.publications.bundle(await w.pub.drawnTaskNotice(r)),
  'publications.publishTask': async (api, w, r) => api.publications.publishTask({ taskId: await w.pub.drawnTask(r) }),
  'publications.publishResults': async (api, w, r) => api.publications.publishResults(await w.pub.endedCheck(r)),
  'publications.publishItemList': async (api, w, r) => api.publications.publishItemList({ agencyId: await w.pub.publishedItemOf(r) }),
  'publications.correct': async (api, w, r) => api.publications.correct({ id: (await w.pub.publication(r)).id, reason: '矩阵更正' }),
  'publications.due': (api, w, r) => api.publications.due({ agencyId: w.pub.agency(r) }),
  'publications.overdue': (api, w, r) => api.publications.overdue({ agencyId: w.pub.agency(r) }),

  'oversight.coverage': (api, w, r) => api.oversight.coverage({ agencyId: w.pub.agency(r), year: 2026 }),
  'oversight.checks': (api, w, r) => api.oversight.checks({ agencyId: w.pub.agency(r), year: 2026 }),
  'oversight.timeliness': (api, w, r) => api.oversight.timeliness({ agencyId: w.pub.agency(r) }),
  'oversight.majorHazards': (api, w, r) => api.oversight.majorHazards({ agencyId: w.pub.agency(r) }),
  'oversight.inspectorLoad': (api, w, r) => api.oversight.inspectorLoad({ agencyId: w.pub.agency(r), year: 2026 }),

  'supervisionNotes.create': (api, w, r) => api.supervisionNotes.create({ toAgencyId: w.pub.agency(r), subject: '矩阵督办', body: '请说明' }),
  'supervisionNotes.list': (api) => api.supervisionNotes.list({}),
  'supervisionNotes.get': async (api, w, r) => api.supervisionNotes.get({ id: await w.pub.note(r) }),
  'supervisionNotes.respond': async (api, w, r) => api.supervisionNotes.respond({ id: await w.pub.note(r), response: '已办理' }),
  'supervisionNotes.close': async (api, w, r) => api.supervisionNotes.close({ id: await w.pub.note(r) }),
};
