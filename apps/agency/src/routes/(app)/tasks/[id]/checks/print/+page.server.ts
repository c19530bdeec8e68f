import { loadTaskChecks } from '$lib/server/task-checks';
import type { PageServerLoad } from './$types';

/** The printed batch of a task: the drawn list with its teams, then per check its notice and the team's sign-in sheet (all, or `?ids=`). */
export const load: PageServerLoad = async (event) => {
  const view = await loadTaskChecks(event, event.params.id);
  const ids = new Set((event.url.searchParams.get('ids') ?? '').split(',').filter(Boolean));
  return { ...view, checks: view.checks.filter((c) => ids.size === 0 || ids.has(c.check.id)) };
};
