import { FormReader, invalid, refusal } from '@liancha/api-client/sveltekit';
import { isOneOf, REGISTRY_KINDS } from '@liancha/domain/vocabulary';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

const MAX_BYTES = 32 * 1024 * 1024;

export const load: PageServerLoad = ({ url }) => {
  const kind = url.searchParams.get('kind');
  return { kind: isOneOf(REGISTRY_KINDS, kind) ? kind : 'object' };
};

export const actions: Actions = {
  /** Step 1, the dry run: the API stores the file and checks every row; nothing is imported yet. */
  default: async (event) => {
    const form = await FormReader.of(event.request);
    const values = form.values();
    const kind = form.text('kind');
    const file = form.file('file');
    const sheet = form.optional('sheet') ?? undefined;
    if (!isOneOf(REGISTRY_KINDS, kind)) return invalid({ kind: '请选择要导入的名录' }, values);
    // A chosen file of 0 bytes is not “no file”: say that the file itself is empty.
    if (!file && form.emptyFileName('file')) return invalid({ file: `文件“${form.emptyFileName('file')}”是空的（0 字节），请检查文件后重新选择` }, values);
    if (!file) return invalid({ file: '请选择要上传的 Excel（.xlsx）或 CSV 文件' }, values);
    if (file.size > MAX_BYTES) return invalid({ file: '文件超过 32 MB，请分成几个文件上传' }, values);
    if (!/\.(xlsx|csv)$/i.test(file.name)) return invalid({ file: '只支持 .xlsx 或 .csv 文件（WPS/Excel 可“另存为”这两种格式）' }, values);
    let jobId: string;
    try {
      const contentBase64 = Buffer.from(await file.arrayBuffer()).toString('base64');
      jobId = (await event.locals.api.registry.imports.start.mutate({ kind, filename: file.name, contentBase64, ...(sheet ? { sheet } : {}) })).jobId;
    } catch (cause) {
      return refusal(event, cause, values, { fields: ['kind', 'file', 'filename', 'contentBase64'] });
    }
    redirect(303, `/registry/imports/${jobId}`);
  },
};
