import { FormReader, maybe, must, refusal } from '@liancha/api-client/sveltekit';
import { redirect } from '@sveltejs/kit';
import { isOneOf, TASK_CONFIGURABLE_STATUSES } from '@liancha/domain/vocabulary';
import { directoryData, directoryOf } from '$lib/server/directory';
import { configuration } from './matrix-form.server';
import type { Actions, PageServerLoad } from './$types';

/** Simulated draws behind the fairness chart: enough for stable shares, quick enough to wait for. */
const FAIRNESS_SEEDS = 400;

export const load: PageServerLoad = async (event) => {
  const api = event.locals.api;
  const task = await must(event, api.tasks.get.query({ taskId: event.params.id }));
  const configured = Object.keys(task.matrix).length > 0;
  const [preview, quotas, directory] = await Promise.all([
    configured
      ? maybe(event, api.tasks.preview.query({ taskId: task.id, fairnessSeeds: event.url.searchParams.get('fairness') === '0' ? 0 : FAIRNESS_SEEDS }))
      : null,
    task.planBatchId ? maybe(event, api.tasks.batchQuotas.query({ taskId: task.id })) : null,
    directoryOf(api),
  ]);
  return {
    task,
    canConfigure: task.can.configure,
    frozen: !isOneOf(TASK_CONFIGURABLE_STATUSES, task.status),
    preview: preview?.ok ? preview.value : null,
    previewError: preview && !preview.ok ? preview.message : null,
    quotas: quotas?.ok ? quotas.value : null,
    directory: directoryData(directory),
    saved: event.url.searchParams.get('saved'),
  };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await FormReader.of(event.request);
    const task = await must(event, event.locals.api.tasks.get.query({ taskId: event.params.id }));
    const confirmed = task.participants.filter((p) => p.status === 'confirmed');
    try {
      await event.locals.api.tasks.configure.mutate({ taskId: task.id, ...configuration(form, confirmed) });
    } catch (cause) {
      return refusal(event, cause, form.values(), {
        fields: [
          'teamRules.officersPerTeam',
          'teamRules.expertsPerTeam',
          'teamRules.maxChecksPerOfficer',
          'teamRules.recentRepeatYears',
          'matrix.default',
          'matrix.stratifyBy',
        ],
      });
    }
    redirect(303, `/tasks/${task.id}/matrix?saved=1#preview`);
  },
};
