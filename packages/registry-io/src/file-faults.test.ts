import { DomainError } from '@liancha/domain';
import { describe, expect, it } from 'vitest';
import { csv, utf8, xlsx } from './test-support/encode.js';
import { parse } from './test-support/parse.js';
import { usccOf } from './test-support/reference.js';
import { storedZip } from './test-support/zip.js';

const HEADER = ['统一社会信用代码', '企业名称', '属地乡镇（街道）', '行业领域', '风险等级'];
const dataRow = (n: number) => [usccOf(n), `企业${n}`, '菁城街道', '工贸', 'B'];

async function fault(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('whole-file faults', () => {
  it('rejects a file over the size limit before reading it', async () => {
    const bytes = new Uint8Array(2048).fill(0x41);
    const error = await fault(parse('object', bytes, 'objects.xlsx', { limits: { maxBytes: 1024 } }));
    expect(error).toMatchObject({ kind: 'payload_too_large', reason: 'file_too_large' });
    expect(error.message).toBe('文件大小超过上限：2 KB，最多允许1 KB。请删除无关的工作表、图片和空行，或分成几个文件导入');
    const close = await fault(parse('object', new Uint8Array(20 * 1024 * 1024 + 10), 'objects.csv'));
    expect(close.message).toBe('文件大小超过上限：20,971,530字节，最多允许20,971,520字节。请删除无关的工作表、图片和空行，或分成几个文件导入');
  });

  it('rejects more data rows than the limit, in CSV and xlsx', async () => {
    const rows = [HEADER, ...[1, 2, 3, 4].map(dataRow)];
    for (const [bytes, name] of [
      [utf8(csv(rows)), 'o.csv'],
      [await xlsx(rows), 'o.xlsx'],
    ] as const) {
      const error = await fault(parse('object', bytes, name, { limits: { maxRows: 3 } }));
      expect(error).toMatchObject({ kind: 'payload_too_large', reason: 'too_many_rows' });
      expect(error.message).toBe('行数超过上限：最多允许3行数据（不含表头），请分成几个文件导入');
      await expect(parse('object', bytes, name, { limits: { maxRows: 4 } })).resolves.toMatchObject({ totalRows: 4 });
    }
  });

  it('rejects a workbook that inflates far beyond its size (zip bomb)', async () => {
    const bytes = await xlsx([HEADER, [...dataRow(1).slice(0, 4), 'a'.repeat(600_000)]]);
    expect(bytes.length).toBeLessThan(16 * 1024);
    const error = await fault(parse('object', bytes, 'bomb.xlsx', { limits: { maxBytes: 16 * 1024 } }));
    expect(error).toMatchObject({ kind: 'payload_too_large', reason: 'inflated_too_large' });
    expect(error.message).toBe('Excel文件解压后超过上限（400 KB），可能含有大量空白格式或不是正常的名录文件。请只保留名录数据，另存为新文件后重新上传');
  });

  it('rejects unknown and legacy file types', async () => {
    const bytes = utf8(csv([HEADER, dataRow(1)]));
    const pdf = await fault(parse('object', bytes, '名录.pdf'));
    expect(pdf).toMatchObject({ kind: 'bad_request', reason: 'unsupported_format', message: '不支持的文件类型（.pdf），请上传.xlsx或.csv文件' });
    const xls = await fault(parse('object', bytes, '名录.xls'));
    expect(xls.message).toBe('不支持旧版Excel/WPS格式（.xls），请在Excel或WPS中另存为.xlsx后重新上传');
    const renamed = await fault(parse('object', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), '名录.xlsx'));
    expect(renamed.reason).toBe('unsupported_format');
    await fault(parse('object', bytes, 'noextension'));
  });

  it('lists the missing required columns', async () => {
    const error = await fault(parse('object', utf8(csv([['统一社会信用代码', '企业名称', '行业领域'], dataRow(1)])), 'o.csv'));
    expect(error).toMatchObject({ kind: 'bad_request', reason: 'missing_columns' });
    expect(error.message).toBe('缺少必需的列：属地乡镇（街道）、风险等级（按第1行表头识别）。请使用系统提供的模板，或把表头改成模板中的名称');
    expect(error.issues).toEqual([
      { row: 1, field: '属地乡镇（街道）', message: '缺少此列' },
      { row: 1, field: '风险等级', message: '缺少此列' },
    ]);
    const inspectors = await fault(
      parse(
        'inspector',
        utf8(
          csv([
            ['工号', '备注'],
            ['1', '2'],
          ]),
        ),
        'i.csv',
      ),
    );
    expect(inspectors.message).toBe('缺少必需的列：姓名、执法证号、执法证有效期。请使用系统提供的模板，或把表头改成模板中的名称');
  });

  it('rejects two columns for the same field', async () => {
    const error = await fault(
      parse(
        'object',
        utf8(
          csv([
            [...HEADER, '单位名称'],
            [...dataRow(1), 'x'],
          ]),
        ),
        'o.csv',
      ),
    );
    expect(error).toMatchObject({ reason: 'duplicate_columns', message: '表头中第2列“企业名称”和第6列“单位名称”都表示“企业名称”，请只保留一列' });
  });

  it('rejects empty files and files without data rows', async () => {
    expect(await fault(parse('object', new Uint8Array(), 'o.csv'))).toMatchObject({ reason: 'empty_file', message: '文件是空的，请填写表头和数据后重新上传' });
    expect(await fault(parse('object', utf8('\r\n , \r\n'), 'o.csv'))).toMatchObject({ reason: 'empty_file' });
    expect(await fault(parse('object', utf8(csv([HEADER])), 'o.csv'))).toMatchObject({
      reason: 'no_data_rows',
      message: '第1行表头下面没有数据，请填写数据后重新上传',
    });
    expect(await fault(parse('object', await xlsx([]), 'o.xlsx'))).toMatchObject({ reason: 'empty_file' });
  });

  it('rejects text it cannot decode, UTF-16 and binary data named .csv', async () => {
    const invalid = await fault(parse('object', new Uint8Array([0x41, 0x2c, 0xff, 0xff, 0x0d, 0x0a]), 'o.csv'));
    expect(invalid).toMatchObject({
      reason: 'undecodable_text',
      message: '无法识别文件的文字编码（支持UTF-8、带BOM的UTF-8和GBK），请在Excel中另存为“CSV UTF-8（逗号分隔）”或.xlsx后重新上传',
    });
    expect(await fault(parse('object', new Uint8Array([0xff, 0xfe, 0x41, 0x00]), 'o.csv'))).toMatchObject({ reason: 'unsupported_encoding' });
    expect(await fault(parse('object', new Uint8Array([0x41, 0x00, 0x42]), 'o.csv'))).toMatchObject({ reason: 'undecodable_text' });
  });

  it('rejects an unclosed quote in CSV, naming the row', async () => {
    const error = await fault(parse('object', utf8(`${HEADER.join(',')}\r\n${usccOf(1)},"企业,菁城街道,工贸,B\r\n`), 'o.csv'));
    expect(error).toMatchObject({ reason: 'csv_unclosed_quote', message: 'CSV第2行有未闭合的双引号，请检查该行引号是否成对' });
  });

  it('rejects corrupt workbooks with a clear message', async () => {
    const good = await xlsx([HEADER, dataRow(1)]);
    const cases: [Uint8Array, string][] = [
      [utf8('this is not a workbook'), '无法读取Excel文件：文件已损坏或不是.xlsx格式。请用Excel打开检查后另存为.xlsx再上传'],
      [good.subarray(0, good.length - 200), '无法读取Excel文件：文件已损坏或不是.xlsx格式。请用Excel打开检查后另存为.xlsx再上传'],
      [storedZip({ 'word/document.xml': '<w:document/>' }), '无法读取Excel文件：文件中没有工作簿（xl/workbook.xml）。请用Excel打开检查后另存为.xlsx再上传'],
    ];
    for (const [bytes, message] of cases) {
      expect(await fault(parse('object', bytes, 'o.xlsx'))).toMatchObject({ kind: 'bad_request', reason: 'corrupt_xlsx', message });
    }
    // Damage inside the compressed sheet: exceljs fails while streaming; still a corrupt_xlsx.
    const damaged = new Uint8Array(good);
    const sheetAt = Buffer.from(damaged).indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length;
    for (let i = sheetAt + 10; i < sheetAt + 60; i++) damaged[i] = 0xff;
    expect(await fault(parse('object', damaged, 'o.xlsx'))).toMatchObject({ reason: 'corrupt_xlsx' });
  });
});
