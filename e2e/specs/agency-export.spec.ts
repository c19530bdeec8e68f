import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { agencyUser, beijingDate, open } from '../fixtures/agency';
import { apiAs } from '../fixtures/api';
import { download, sheetRows, workbookRows } from '../fixtures/workbook';

test.describe('部门工作门户 导出', () => {
  test('the hazards ledger, filtered as shown, opens in Excel and as CSV with the page’s rows', async ({ browser }) => {
    // A hazard whose description looks like a formula: it must stay text in both files.
    const api = await apiAs('yjj.coord');
    const objects = (await api.query('registry.objects.list', { pageSize: 1 })) as { rows: { id: string; uscc: string }[] };
    const description = `=HYPERLINK("http://x","导出检查${Date.now().toString(36)}")`;
    await api.mutate('hazards.create', { objectId: objects.rows[0]!.id, severity: 'ordinary', description, rectificationDeadline: beijingDate(15) });

    const page = await agencyUser(browser, 'yjj.coord');
    await open(page, '/hazards?severity=ordinary');
    const shown = page.getByTestId('hazards-table').locator('tbody tr');
    const count = await shown.count();
    expect(count).toBeGreaterThan(0);

    const xlsx = await download(page, '将隐患台账导出为 Excel');
    expect(xlsx.filename).toBe('隐患台账.xlsx');
    // The workbook itself too: a formula-looking cell must stay text.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const rows = sheetRows(workbook.getWorksheet('隐患台账')!);
    expect(rows[0]).toEqual([
      '统一社会信用代码',
      '企业名称',
      '检查部门',
      '隐患描述',
      '隐患等级',
      '发现日期',
      '整改期限',
      '督办期限',
      '督办单位',
      '状态',
      '逾期情况',
    ]);
    // The filter of the page holds in the file: only 一般隐患, as many as the page lists (one page here).
    expect(rows).toHaveLength(count + 1);
    expect(new Set(rows.slice(1).map((r) => r[4]))).toEqual(new Set(['一般隐患']));
    const mine = rows.find((r) => r[3] === description)!;
    expect(mine).toBeDefined();
    expect(mine[0]).toBe(objects.rows[0]!.uscc);
    expect(mine[6]).toBe(beijingDate(15));
    const row = workbook.getWorksheet('隐患台账')!.getRow(rows.indexOf(mine) + 1);
    expect(row.getCell(4).formula).toBeUndefined();
    // The page's first row is the file's first row.
    await expect(shown.first()).toContainText(rows[1]![1]!);

    const csv = await download(page, '将隐患台账导出为 CSV');
    expect(csv.filename).toBe('隐患台账.csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.bytes);
    expect(text.startsWith('\ufeff统一社会信用代码,企业名称,检查部门,隐患描述')).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(count + 1);
    expect(text).toContain(`"'=HYPERLINK(""http://x""`);
  });

  test('sanctions, follow-ups and the results due for 公示 export too, from their own pages', async ({ browser }) => {
    const page = await agencyUser(browser, 'yjj.coord');
    for (const [path, what, header] of [
      ['/sanctions', '行政处罚', '行政处罚决定书文号'],
      ['/follow-ups', '后续处置', '处置方式'],
      ['/publications', '待公示的检查结果', '公示期限'],
    ] as const) {
      await open(page, path);
      const file = await download(page, `将${what}导出为 Excel`);
      expect(file.filename).toBe(`${what}.xlsx`);
      const rows = await workbookRows(file.bytes, what);
      expect(rows[0]).toContain(header);
      expect(rows[0]!.slice(0, 2)).toEqual(['统一社会信用代码', '企业名称']);
    }
  });

  test('the checks list exports its checks’ results, one row per item, for exactly the checks it lists', async ({ browser }) => {
    const page = await agencyUser(browser, 'yjj.coord');
    await open(page, '/checks?status=approved');
    const listed = new Set(await page.getByTestId('checks-table').locator('tbody tr td:nth-child(2)').allTextContents());
    expect(listed.size).toBeGreaterThan(0);
    const xlsx = await download(page, '将所列检查的检查结果（每个事项一行）导出为 Excel');
    expect(xlsx.filename).toBe('检查结果.xlsx');
    const rows = await workbookRows(xlsx.bytes, '检查结果');
    expect(rows[0]).toEqual([
      '统一社会信用代码',
      '企业名称',
      '抽查任务编号',
      '抽查任务名称',
      '检查开始日期',
      '检查结束日期',
      '检查状态',
      '检查部门',
      '事项编码',
      '抽查事项',
      '检查结果',
      '检查情况和发现的问题',
      '核查方式',
      '结果状态',
    ]);
    const api = await apiAs('yjj.coord');
    const { total } = (await api.query('checks.resultLines', { filter: { statuses: ['approved'] }, pageSize: 1 })) as { total: number };
    expect(rows.length - 1).toBe(total);
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(listed);
    for (const row of rows.slice(1)) {
      expect(row[6]).toBe('各部门结果已审核');
      expect(row[13]).toBe('已审核');
    }
    await page.context().close();
  });
});
