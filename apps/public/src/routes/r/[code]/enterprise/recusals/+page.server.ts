import { requestRecusal } from '$lib/server/enterprise-steps';
import { ask, requireEnterprise } from '$lib/server/enterprise-session';
import type { Actions, PageServerLoad } from './$types';

/** 回避申请: a form for each check still before its visit, and every request made with its decision. */
export const load: PageServerLoad = async (event) => {
  await requireEnterprise(event);
  const record = await ask(event, event.locals.api.enterprise.record.query());
  return {
    open: record.drawnChecks.filter((c) => c.can.requestRecusal),
    recusals: record.recusals,
    saved: event.url.searchParams.get('saved') === 'requested',
  };
};

export const actions: Actions = { request: requestRecusal };
