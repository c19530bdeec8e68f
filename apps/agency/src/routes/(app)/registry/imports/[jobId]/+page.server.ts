import { must, refusal } from '@liancha/api-client/sveltekit';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

const PAGE = 100;

export const load: PageServerLoad = async (event) => {
  const jobId = event.params.jobId;
  const job = await must(event, event.locals.api.registry.imports.status.query({ jobId }));
  const page = Math.max(1, Number.parseInt(event.url.searchParams.get('page') ?? '1', 10) || 1);
  const issues =
    job.status === 'parsing'
      ? { total: 0, issues: [] }
      : await must(event, event.locals.api.registry.imports.issues.query({ jobId, offset: (page - 1) * PAGE, limit: PAGE }));
  return { job, issues, page, pageSize: PAGE };
};

export const actions: Actions = {
  /** Step 2: write the previewed rows, all or nothing. */
  commit: async (event) => {
    try {
      await event.locals.api.registry.imports.commit.mutate({ jobId: event.params.jobId });
    } catch (cause) {
      return refusal(event, cause, {});
    }
    redirect(303, `/registry/imports/${event.params.jobId}`);
  },
};
