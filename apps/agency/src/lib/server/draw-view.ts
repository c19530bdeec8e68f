import type { RequestEvent } from '@sveltejs/kit';
import { must } from '@liancha/api-client/sveltekit';

/** A draw with what its pages show: the task's participants, and once drawn the checks with their teams. */
export async function loadDrawView(event: RequestEvent, drawId: string, options: { teams: boolean }) {
  const api = event.locals.api;
  const draw = await must(event, api.draws.get.query({ drawId }));
  const task = await must(event, api.tasks.get.query({ taskId: draw.taskId }));
  let checks: Awaited<ReturnType<typeof api.checks.get.query>>[] = [];
  if (draw.status === 'drawn' && options.teams) {
    const list = await api.checks.list.query({ taskId: task.id }).catch(() => []);
    checks = (await Promise.all(list.map((c) => api.checks.get.query({ checkId: c.id }).catch(() => null)))).filter((c) => c !== null);
  }
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
    },
    checks,
  };
}
