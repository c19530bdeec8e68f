import { inspectionCodeLink } from '$lib/server/inspection-code';
import { enterpriseAreaUrl } from '$lib/server/public-portal';
import { loadTaskChecks } from '$lib/server/task-checks';
import type { PageServerLoad } from './$types';

/** The printed batch of a task: the drawn list with its teams, then per check its notice and the team's sign-in sheet (all, or `?ids=`). */
export const load: PageServerLoad = async (event) => {
  const view = await loadTaskChecks(event, event.params.id);
  const ids = new Set((event.url.searchParams.get('ids') ?? '').split(',').filter(Boolean));
  const checks = view.checks.filter((c) => ids.size === 0 || ids.has(c.check.id));
  // Each notice's 检查码 with its QR code (notices issued under the 2025 rules carry one).
  const codeOf = (c: (typeof checks)[number]) => (c.check.notice as { inspectionCode?: string | null }).inspectionCode;
  const codes = await Promise.all(checks.map(async (c) => (codeOf(c) ? await inspectionCodeLink(view.task.regionCode, codeOf(c)!) : null)));
  // The enterprise's area, for the notices that carry a one-time code.
  return { ...view, checks: checks.map((c, i) => ({ ...c, code: codes[i] ?? null })), area: enterpriseAreaUrl(view.task.regionCode) };
};
