import { complain, rate } from '$lib/server/enterprise-steps';
import { ask, requireEnterprise } from '$lib/server/enterprise-session';
import type { Actions, PageServerLoad } from './$types';

const SAVED: Record<string, string> = { rated: '评价已提交，感谢您的评价。', complained: '投诉已提交，由领导小组办理。' };

/** Checks that are over (the API's `can`, or rated already): what the enterprise may still say about each. */
const over = (c: { can: { rate: boolean; complain: boolean }; rated: boolean }) => c.can.rate || c.can.complain || c.rated;

/** 检查评价与投诉: every check of either kind that is over. */
export const load: PageServerLoad = async (event) => {
  await requireEnterprise(event);
  const record = await ask(event, event.locals.api.enterprise.record.query());
  return { drawn: record.drawnChecks.filter(over), cases: record.caseChecks.filter(over), saved: SAVED[event.url.searchParams.get('saved') ?? ''] ?? null };
};

export const actions: Actions = { rate, complain };
