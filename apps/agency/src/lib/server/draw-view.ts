import type { RequestEvent } from '@sveltejs/kit';
import { must } from '@liancha/api-client/sveltekit';

/** A draw with what its pages show: the task's participants, and once drawn the checks with their teams. */
export async function loadDrawView(event: RequestEvent, drawId: string, options: { teams: boolean }) {
  const api = event.locals.api;
  const draw = await must(event, api.draws.get.query({ drawId }));
  const task = await must(event, api.tasks.get.query({ taskId: draw.taskId }));
  // One call for every check with its team (not one checks.get per drawn enterprise).
  const checks = draw.status === 'drawn' && options.teams ? ((await api.checks.ofTask.query({ taskId: task.id }).catch(() => null))?.checks ?? []) : [];
  return {
    draw,
    task: {
      id: task.id,
      code: task.code,
      title: task.title,
      status: task.status,
      leadAgencyId: task.leadAgencyId,
      participants: task.participants,
      matrix: task.matrix,
      next: task.next,
    },
    checks,
  };
}
