import { must } from '@liancha/api-client/sveltekit';
import type { RequestEvent } from '@sveltejs/kit';
import { directoryData, directoryOf } from './directory';

/** A task's checks with their teams and strata, and the names a stratum is read by: the bulk page and its printed batch. */
export async function loadTaskChecks(event: RequestEvent, taskId: string) {
  const api = event.locals.api;
  const [task, batch, directory] = await Promise.all([
    must(event, api.tasks.get.query({ taskId })),
    must(event, api.checks.ofTask.query({ taskId })),
    directoryOf(api),
  ]);
  return {
    task: { id: task.id, regionCode: task.regionCode, code: task.code, title: task.title, matrix: task.matrix, next: task.next },
    window: batch.window,
    participants: batch.participants,
    checks: batch.checks,
    directory: directoryData(directory),
  };
}
