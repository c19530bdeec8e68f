import { describe, expect, it } from 'vitest';
import type { OpenList } from './columns.js';
import { openDataResponse } from './stream-download.js';

interface Row {
  n: number;
  name: string;
}
const LIST: OpenList<Row> = {
  title: '测试',
  slug: 'test',
  row: '一行',
  columns: [
    { key: 'n', header: '序号', meaning: '序号', type: '整数', source: '测试', value: (r) => r.n },
    { key: 'name', header: '名称', meaning: '名称', type: '文本', source: '测试', value: (r) => r.name },
  ],
};

function pagesOf(rows: Row[], size: number) {
  return async function* () {
    for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
    if (rows.length === 0) yield [];
  };
}

const rows = Array.from({ length: 5 }, (_, i) => ({ n: i + 1, name: i === 1 ? '甲,"乙"' : i === 2 ? '=1+1' : `企业${i + 1}` }));

async function download(format: 'csv' | 'json', cap?: number) {
  const response = await openDataResponse({
    list: LIST,
    format,
    filename: '测试',
    asciiName: 'test',
    about: { region: '350881' },
    pages: pagesOf(rows, 2),
    ...(cap ? { cap } : {}),
  });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

describe('open data files', () => {
  it('writes CSV with a BOM, Chinese headers, RFC 4180 quoting and CRLF, page after page', async () => {
    const { response, bytes } = await download('csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain("filename*=UTF-8''%E6%B5%8B%E8%AF%95.csv");
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')).toEqual(['序号,名称', '1,企业1', '2,"甲,""乙"""', "3,'=1+1", '4,企业4', '5,企业5', '']);
  });

  it('writes JSON with the declared keys, and says when the cap cut the file', async () => {
    const whole = JSON.parse(new TextDecoder().decode((await download('json')).bytes)) as {
      rows: unknown[];
      count: number;
      capped: boolean;
      fields: unknown[];
    };
    expect(whole.rows).toHaveLength(5);
    expect(whole.rows[0]).toEqual({ n: 1, name: '企业1' });
    expect(whole).toMatchObject({ count: 5, capped: false, fields: [{ key: 'n', header: '序号', type: '整数' }, { key: 'name' }] });
    const cut = JSON.parse(new TextDecoder().decode((await download('json', 3)).bytes)) as { rows: unknown[]; capped: boolean; note: string };
    expect(cut.rows).toHaveLength(3);
    expect(cut.capped).toBe(true);
    expect(cut.note).toContain('仅包含前 3 条');
    const csv = new TextDecoder().decode((await download('csv', 4)).bytes);
    expect(csv.trimEnd().split('\r\n').at(-1)).toBe('（仅包含前 4 条，请缩小筛选范围后分别下载）,');
    // Exactly at the cap with nothing after it: not cut.
    const exact = JSON.parse(new TextDecoder().decode((await download('json', 5)).bytes)) as { capped: boolean };
    expect(exact.capped).toBe(false);
  });
});
