import { FormReader, must, refusal } from '@liancha/api-client/sveltekit';
import { isOneOf, OPEN_LISTS } from '@liancha/domain/vocabulary';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

const PAGE = 100;

export const load: PageServerLoad = async (event) => {
  const jobId = event.params.jobId;
  const job = await must(event, event.locals.api.registry.imports.status.query({ jobId }));
  const page = Math.max(1, Number.parseInt(event.url.searchParams.get('page') ?? '1', 10) || 1);
  const busy = job.status === 'parsing' || job.status === 'committing';
  const issues = busy
    ? { total: 0, issues: [] }
    : await must(event, event.locals.api.registry.imports.issues.query({ jobId, offset: (page - 1) * PAGE, limit: PAGE }));
  // The entries a new word may be mapped to, only when there are new words to decide on.
  const directory = job.status === 'ready' && job.proposals.length > 0 ? await must(event, event.locals.api.reference.directory.query()) : null;
  return { job, issues, page, pageSize: PAGE, directory };
};

export const actions: Actions = {
  /**
   * Step 3: the decisions on new words (each proposal i sends `word-i`: `map:<code>` or `create`, and
   * `name-i` for a new entry's name) and, only when the button says so, the valid rows alone.
   */
  commit: async (event) => {
    const form = await FormReader.of(event.request);
    const values = form.values();
    const decisions = [];
    for (let i = 0; form.optional(`list-${i}`) !== null; i++) {
      const list = form.text(`list-${i}`);
      const text = form.text(`text-${i}`);
      const parentCode = form.optional(`parent-${i}`);
      const choice = form.text(`word-${i}`);
      if (!isOneOf(OPEN_LISTS, list) || choice === '') continue;
      if (choice === 'create')
        decisions.push({ list, parentCode, text, action: 'create' as const, ...(form.optional(`name-${i}`) ? { name: form.text(`name-${i}`) } : {}) });
      else if (choice.startsWith('map:')) decisions.push({ list, parentCode, text, action: 'map' as const, code: choice.slice(4) });
    }
    try {
      await event.locals.api.registry.imports.commit.mutate({ jobId: event.params.jobId, validOnly: form.bool('validOnly'), decisions });
    } catch (cause) {
      return refusal(event, cause, values);
    }
    redirect(303, `/registry/imports/${event.params.jobId}`);
  },
};
