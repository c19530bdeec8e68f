import { FormReader, invalid, must, refusal } from '@liancha/api-client/sveltekit';
import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['noticeNumber', 'noticeDate', 'sourceText', 'text', 'year'] as const;
const MAX_FILE_BYTES = 256 * 1024;

function yearOf(param: string): number {
  const year = Number(param);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) error(404, '年份应在 2000–2100 之间');
  return year;
}

export const load: PageServerLoad = async (event) => {
  const year = yearOf(event.params.year);
  const version = Number(event.url.searchParams.get('version')) || undefined;
  const { user } = await event.parent();
  const schedule = await must(event, event.locals.api.calendar.schedules.get.query({ year, ...(version ? { version } : {}) }));
  return { schedule, admin: user.roles.includes('platform_admin') };
};

export const actions: Actions = {
  /** Save the year from the pasted text or an uploaded .csv/.txt file (the file wins when both are given). */
  default: async (event) => {
    const year = yearOf(event.params.year);
    const form = await FormReader.of(event.request);
    const values = form.values();
    const file = form.file('file');
    let text = form.text('text');
    if (file && file.size > 0) {
      if (file.size > MAX_FILE_BYTES) return invalid({ text: '文件超过 256 KB，一年的安排不会这么长，请检查文件' }, values);
      text = new TextDecoder('utf-8').decode(await file.arrayBuffer());
    }
    if (text.trim() === '') return invalid({ text: '请逐行填写安排，或上传 .csv/.txt 文件' }, values);
    const expected = form.text('expectedVersion');
    try {
      const saved = await event.locals.api.calendar.schedules.import.mutate({
        year,
        noticeNumber: form.text('noticeNumber'),
        noticeDate: form.text('noticeDate'),
        sourceText: form.text('sourceText'),
        expectedVersion: expected === '' ? null : Number(expected),
        text,
      });
      return { saved };
    } catch (cause) {
      return refusal(event, cause, { ...values, text }, { fields: FIELDS });
    }
  },
};
