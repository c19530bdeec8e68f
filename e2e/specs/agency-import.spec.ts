import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { agencyUser, hydrated, open, submit } from '../fixtures/agency';
import { keepScreenshot } from '../fixtures/screenshot';
import { freshBody, uscc, withBadCheck } from '../fixtures/uscc';

const HEADER = '统一社会信用代码,企业名称,属地乡镇（街道）,行业领域,风险等级';

function csvFile(name: string, rows: string[]): string {
  mkdirSync(test.info().outputDir, { recursive: true });
  const path = join(test.info().outputDir, name);
  writeFileSync(path, '\ufeff' + [HEADER, ...rows].join('\r\n'));
  return path;
}

test.describe('部门工作门户 一单两库 import', () => {
  test('a file with a bad check character and a duplicate is previewed row by row and nothing is imported', async ({ browser }) => {
    const page = await agencyUser(browser, 'yjj.coord');
    const good = uscc(freshBody('T'));
    const bad = withBadCheck(uscc(freshBody('U')));
    const file = csvFile('名录-有错误.csv', [
      `${good},漳平市导入测试一厂,菁城街道,工贸,B`,
      `${bad},漳平市导入测试二厂,菁城街道,工贸,B`,
      `${good},漳平市重复企业,菁城街道,工贸,C`,
    ]);

    await open(page, '/registry/imports?kind=object');
    await expect(page.getByRole('heading', { name: '批量导入名录' })).toBeVisible();
    await page.getByLabel(/^文件/).setInputFiles(file);
    await submit(page, page.getByRole('button', { name: '上传并校验' }), /\/registry\/imports\/[0-9a-f-]{36}/);

    // The dry run lists each bad row with its column, the cell as typed and the reason.
    await expect(page.getByTestId('import-verdict')).toContainText('有 2 处错误', { timeout: 20_000 });
    await expect(page.getByTestId('import-rows')).toHaveText('3 行');
    const issues = page.getByTestId('import-issues').locator('tbody tr');
    await expect(issues).toHaveCount(2);
    await expect(issues.nth(0)).toContainText('第 3 行');
    await expect(issues.nth(0)).toContainText('统一社会信用代码');
    await expect(issues.nth(0)).toContainText(bad);
    await expect(issues.nth(0)).toContainText('第18位校验码应为');
    await expect(issues.nth(1)).toContainText('第 4 行');
    await expect(issues.nth(1)).toContainText('与第2行重复');
    await expect(page.getByRole('button', { name: /确认导入/ })).toHaveCount(0);
    await keepScreenshot(page, 'agency-import-preview-errors');

    // Nothing was imported, not even the good first row.
    await open(page, `/registry/objects?q=${good}`);
    await expect(page.getByTestId('pager-summary').first()).toContainText('共 0 条');
  });

  test('a clean file is previewed, committed once, and its rows appear in the directory', async ({ browser }) => {
    const page = await agencyUser(browser, 'yjj.coord');
    const first = uscc(freshBody('W'));
    const second = uscc(freshBody('X'));
    const file = csvFile('名录-正确.csv', [`${first},漳平市导入验收一厂,菁城街道,工贸,B`, `${second},漳平市导入验收二厂,新桥镇,烟花爆竹,D`]);

    await open(page, '/registry/imports?kind=object');
    await page.getByLabel(/^文件/).setInputFiles(file);
    await submit(page, page.getByRole('button', { name: '上传并校验' }), /\/registry\/imports\/[0-9a-f-]{36}/);
    await expect(page.getByTestId('import-verdict')).toContainText('全部通过', { timeout: 20_000 });
    await submit(page, page.getByRole('button', { name: '确认导入 2 行' }), /\/registry\/imports\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('import-verdict')).toContainText('新增 2 条');
    await keepScreenshot(page, 'agency-import-committed');

    await open(page, '/registry/objects?q=漳平市导入验收');
    const rows = page.getByTestId('objects-table').locator('tbody tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: '漳平市导入验收二厂' })).toContainText('烟花爆竹');

    // Archive them again: the demo region's public figures (counted by other specs) stay as loaded.
    for (const name of ['漳平市导入验收一厂', '漳平市导入验收二厂']) {
      await open(page, `/registry/objects?q=${encodeURIComponent(name)}`);
      await page.getByRole('link', { name }).click();
      await page.waitForURL(/\/registry\/objects\/[0-9a-f-]{36}$/);
      await hydrated(page);
      await submit(page, page.getByRole('button', { name: '归档该检查对象' }), /saved=archived/);
    }
    await open(page, '/registry/objects?q=漳平市导入验收');
    await expect(page.getByTestId('pager-summary').first()).toContainText('共 0 条');
  });

  test('the registry exports as an .xlsx download with its Chinese file name', async ({ browser }) => {
    const page = await agencyUser(browser, 'yjj.coord');
    await open(page, '/registry/inspectors');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: '导出 Excel' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('执法检查人员名录库.xlsx');
  });
});
