import { must } from '@liancha/api-client/sveltekit';
import { RECUSAL_STATUSES, type RecusalStatus } from '@liancha/domain/vocabulary';
import { param } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

/** The region's 回避申请, read-only (each agency's head decides them), pending first. */
export const load: PageServerLoad = async (event) => {
  const asked = param(event.url, 'status');
  const status = RECUSAL_STATUSES.includes(asked as RecusalStatus) ? (asked as RecusalStatus) : undefined;
  const rows = await must(event, event.locals.api.recusals.list.query(status ? { status } : {}));
  return { rows: [...rows.filter((r) => r.status === 'pending'), ...rows.filter((r) => r.status !== 'pending')], query: { status: status ?? '' } };
};
