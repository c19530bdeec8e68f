import { describe, expect, it } from 'vitest';
import { xlsx } from './test-support/encode.js';
import { generateObjects, BENCH_REFERENCE } from './testing/object-fixture.js';
import { parse } from './test-support/parse.js';
import { usccOf } from './test-support/reference.js';
import { storedZip } from './test-support/zip.js';
import { parseRegistryFile } from './parse-registry-file.js';
import { writeRegistryFile } from './write-registry-file.js';
import { cellText } from './xlsx-cell-text.js';

const HEADER = ['统一社会信用代码', '企业名称', '属地乡镇（街道）', '行业领域', '风险等级', '注册地址'];
/** Text-heavy cells, so that many chunk boundaries of the sheet XML fall inside a character. */
const longAddress = (i: number) => `漳平市菁城街道和平路${i}号`.padEnd(160, '漳平市应急管理局检查对象名录库');

describe('reading xlsx', () => {
  it('never splits a Chinese character at a chunk boundary (shared strings and inline strings)', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => [usccOf(i), `企业${i}`, '菁城街道', '工贸', 'B', longAddress(i)]);
    // exceljs's in-memory writer: shared strings, sheet before sharedStrings.xml in the archive.
    const shared = await xlsx([HEADER, ...rows]);
    const outcome = await parse('object', shared, 'o.xlsx');
    expect(outcome.issues).toEqual([]);
    expect(outcome.records.map((r) => r.record.address)).toEqual(rows.map((r) => r[5]));

    // Our streaming writer: inline strings, so the Chinese text is in the sheet XML itself.
    const objects = generateObjects(1500).map((o, i) => ({ ...o, address: longAddress(i) }));
    const inline = await writeRegistryFile('object', objects, 'xlsx', { reference: BENCH_REFERENCE });
    const back = await parseRegistryFile('object', { bytes: inline, filename: 'o.xlsx' }, { reference: BENCH_REFERENCE, today: '2026-11-25' });
    expect(back.issues).toEqual([]);
    expect(back.records.map((r) => r.record)).toEqual(objects);
  });

  it('reads the first visible sheet, whatever the part order, part name and rel target form', async () => {
    const si = (text: string) => `<si><t>${text}</t></si>`;
    const strings = [...HEADER, usccOf(1), '共享字符串企业'];
    const c = (ref: string, body: string, attrs = '') => `<c r="${ref}"${attrs}>${body}</c>`;
    const bytes = storedZip({
      '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      'xl/_rels/workbook.xml.rels':
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/>' +
        '</Relationships>',
      'xl/workbook.xml':
        '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<sheets><sheet name="说明" sheetId="1" state="hidden" r:id="rId1"/><sheet name="名录 &amp; 清单" sheetId="2" r:id="rId2"/></sheets></workbook>',
      'xl/sharedStrings.xml': `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map(si).join('')}</sst>`,
      'xl/worksheets/sheet1.xml':
        '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>隐藏</t></is></c></row></sheetData></worksheet>',
      'xl/worksheets/data.xml':
        '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:F4"/><sheetData>' +
        `<row r="1">${HEADER.map((_, i) => c(`${'ABCDEF'[i]}1`, `<v>${i}</v>`, ' t="s"')).join('')}</row>` +
        `<row r="2">${c('A2', '<v>6</v>', ' t="s"')}${c('B2', '<v>7</v>', ' t="s"')}${c('C2', '<is><t>桂林街道</t></is>', ' t="inlineStr"')}` +
        `${c('D2', '<f>"工"&amp;"贸"</f><v>工贸</v>', ' t="str"')}${c('E2', '<v>B</v>', ' t="str"')}${c('F2', '<v>1</v>', ' t="b"')}</row>` +
        `<row r="4">${c('A4', `<is><t>${usccOf(2)}</t></is>`, ' t="inlineStr"')}${c('B4', '<is><t>第四行</t></is>', ' t="inlineStr"')}` +
        `${c('C4', '<is><t>菁城街道</t></is>', ' t="inlineStr"')}${c('D4', '<is><t>工贸</t></is>', ' t="inlineStr"')}` +
        `${c('E4', '<is><t>A</t></is>', ' t="inlineStr"')}${c('F4', '<v>#N/A</v>', ' t="e"')}</row>` +
        '</sheetData></worksheet>',
    });
    const outcome = await parse('object', bytes, 'hand-made.xlsx');
    expect(outcome.issues).toEqual([]);
    expect(outcome.records).toEqual([
      {
        row: 2,
        record: expect.objectContaining({ uscc: usccOf(1), name: '共享字符串企业', townshipCode: '350881002', sectorCode: 'industry_trade', address: 'TRUE' }),
      },
      { row: 4, record: expect.objectContaining({ uscc: usccOf(2), name: '第四行', riskClass: 'A', address: '#N/A' }) },
    ]);
  });
});

describe('cellText', () => {
  it('turns exceljs cell values into the text a user sees', () => {
    expect(cellText(13859012345, undefined)).toEqual({ text: '13859012345', lossy: false });
    expect(cellText(0.1 + 0.2, undefined)).toEqual({ text: '0.3', lossy: false });
    expect(cellText(1e-7, undefined).text).toBe('1e-7');
    expect(cellText(0.125, '0.0%')).toEqual({ text: '12.5%', lossy: false });
    expect(cellText(Number('913508811234567890'), 'General')).toEqual({ text: '913508811234568000', lossy: true });
    expect(cellText(new Date(Date.UTC(2026, 11, 31, 12)), 'yyyy-mm-dd')).toEqual({ text: '2026-12-31', lossy: false });
    expect(cellText({ richText: [{ text: '漳平' }, { text: '市' }] }, undefined).text).toBe('漳平市');
    expect(cellText({ formula: 'A1*2', result: 4 }, undefined).text).toBe('4');
    expect(cellText({ sharedFormula: 'A1', result: { error: '#DIV/0!' } }, undefined).text).toBe('#DIV/0!');
    expect(cellText({ formula: 'NOW()' }, undefined).text).toBe('');
    expect(cellText({ text: '链接', hyperlink: 'http://x' }, undefined).text).toBe('链接');
    expect(cellText(false, undefined).text).toBe('FALSE');
    expect(cellText(null, undefined).text).toBe('');
  });
});
