import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { agencyUser, hydrated, open, submit } from '../fixtures/agency';
import { horizontalOverflow } from '../fixtures/layout';
import { keepScreenshot } from '../fixtures/screenshot';
import { encodeGbk, workbook } from '../fixtures/spreadsheet-files';
import { freshBody, uscc, withBadCheck } from '../fixtures/uscc';

const HEADER = '统一社会信用代码,企业名称,属地乡镇（街道）,行业领域,风险等级';

function csvFile(name: string, rows: string[]): string {
  return saved(name, '\ufeff' + [HEADER, ...rows].join('\r\n'));
}

function saved(name: string, content: string | Uint8Array): string {
  mkdirSync(test.info().outputDir, { recursive: true });
  const path = join(test.info().outputDir, name);
  writeFileSync(path, content);
  return path;
}

/** Archive imported rows again: the demo region's public figures (counted by other specs) stay as loaded. */
async function archiveObjects(page: Page, names: string[]): Promise<void> {
  for (const name of names) {
    await open(page, `/registry/objects?q=${encodeURIComponent(name)}`);
    await page.getByRole('link', { name }).click();
    await page.waitForURL(/\/registry\/objects\/[0-9a-f-]{36}$/);
    await hydrated(page);
    await submit(page, page.getByRole('button', { name: '归档该检查对象' }), /saved=archived/);
  }
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
    await expect(page.getByTestId('import-verdict')).toContainText('2 行有错误（共 2 处）', { timeout: 20_000 });
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
    // The rows are written in the background; the page follows the job until it is done.
    await expect(page.getByTestId('import-verdict')).toContainText('新增 2 条', { timeout: 20_000 });
    await keepScreenshot(page, 'agency-import-committed');

    await open(page, '/registry/objects?q=漳平市导入验收');
    const rows = page.getByTestId('objects-table').locator('tbody tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: '漳平市导入验收二厂' })).toContainText('烟花爆竹');

    await archiveObjects(page, ['漳平市导入验收一厂', '漳平市导入验收二厂']);
    await open(page, '/registry/objects?q=漳平市导入验收');
    await expect(page.getByTestId('pager-summary').first()).toContainText('共 0 条');
  });

  test('a GBK file with the clerk’s own sub-sector words goes in after mapping one and creating another, valid rows only', async ({ browser }) => {
    // The agency admin may create a sub-sector for the region; a coordinator could only map.
    const page = await agencyUser(browser, 'yjj.admin');
    const paint = uscc(freshBody('P'));
    const ceramic = uscc(freshBody('Q'));
    const broken = uscc(freshBody('R'));
    const text = [
      `${HEADER},细分行业`,
      `${paint},漳平市彩虹油漆经营部,菁城街道,危险化学品,B,油漆经营`,
      `${ceramic},漳平市瓷都陶瓷厂,永福镇,工贸,B,陶瓷制造`,
      `${broken},漳平市错误示例厂,菁城街道,工贸,E,陶瓷制造`,
    ].join('\r\n');
    await open(page, '/registry/imports?kind=object');
    await page.getByLabel(/^文件/).setInputFiles(saved('自有名录-GBK.csv', encodeGbk(text)));
    await submit(page, page.getByRole('button', { name: '上传并校验' }), /\/registry\/imports\/[0-9a-f-]{36}/);
    await expect(page.getByTestId('import-verdict')).toContainText('1 行有错误', { timeout: 20_000 });
    await expect(page.getByRole('heading', { name: '新词（2 个）' })).toBeVisible();
    // Importing everything is not offered while a row is wrong; the valid rows only, by an explicit button.
    await expect(page.getByRole('button', { name: /确认导入/ })).toHaveCount(0);

    const paintWord = page.getByLabel(/细分行业“油漆经营”/);
    // Similar names come first (油漆经营 shares 经营 with the two 危险化学品经营 sub-sectors).
    await expect(paintWord.locator('optgroup[label="名称相近"]')).toContainText('对应到：危险化学品经营（不带储存）');
    await paintWord.selectOption({ label: '对应到：危险化学品经营（不带储存）' });
    // The preview with its new words fits a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await keepScreenshot(page, 'agency-import-new-words-phone');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByLabel(/细分行业“陶瓷制造”/).selectOption({ label: '新建“陶瓷制造”' });
    await keepScreenshot(page, 'agency-import-new-words');

    // The refused row goes out with its error, to be fixed and imported again.
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'CSV' }).click();
    const refusedFile = await download;
    expect(refusedFile.suggestedFilename()).toBe('检查对象名录库（未导入的行）.csv');
    const refusedText = readFileSync(await refusedFile.path(), 'utf8');
    expect(refusedText).toContain(`${broken},漳平市错误示例厂`);
    expect(refusedText).toContain('风险等级“E”无法识别');

    await submit(page, page.getByRole('button', { name: '只导入无误的 2 行（1 行不导入）' }), /\/registry\/imports\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('import-verdict')).toContainText('新增 2 条', { timeout: 20_000 });
    await expect(page.getByTestId('import-verdict')).toContainText('1 行未导入');

    await open(page, `/registry/objects?q=${paint}`);
    await expect(page.getByTestId('objects-table').locator('tbody tr')).toContainText('危险化学品');
    await open(page, `/registry/objects?q=${broken}`);
    await expect(page.getByTestId('pager-summary').first()).toContainText('共 0 条');
    await archiveObjects(page, ['漳平市彩虹油漆经营部', '漳平市瓷都陶瓷厂']);
  });

  test('a workbook with several sheets: the one with the template headers is read, or the clerk chooses', async ({ browser }) => {
    const page = await agencyUser(browser, 'yjj.coord');
    const header = HEADER.split(',');
    const row = (body: string, name: string) => [uscc(freshBody(body)), name, '菁城街道', '工贸', 'B'];
    const guide = { name: '填写说明', rows: [['本表由各股室填报，风险等级填A、B、C、D']] };
    const first = workbook([
      guide,
      { name: '2026年名录', mergeTitle: 5, rows: [['漳平市应急管理局检查对象名录（2026年）'], header, row('S', '漳平市多表测试一厂')] },
    ]);
    await open(page, '/registry/imports?kind=object');
    await page.getByLabel(/^文件/).setInputFiles(saved('多工作表.xlsx', first));
    await submit(page, page.getByRole('button', { name: '上传并校验' }), /\/registry\/imports\/[0-9a-f-]{36}/);
    await expect(page.getByTestId('import-sheet')).toHaveText('已读取工作表“2026年名录”', { timeout: 20_000 });
    await expect(page.getByTestId('import-rows')).toHaveText('1 行');

    // Two sheets with the headers: the portal asks which one, and reads the one chosen.
    const both = saved(
      '两年名录.xlsx',
      workbook([
        { name: '2025年', rows: [header, row('Y', '甲')] },
        { name: '2026年', rows: [header, row('Z', '乙'), row('V', '丙')] },
      ]),
    );
    await open(page, '/registry/imports?kind=object');
    await page.getByLabel(/^文件/).setInputFiles(both);
    await submit(page, page.getByRole('button', { name: '上传并校验' }), /\/registry\/imports\/[0-9a-f-]{36}/);
    await expect(page.getByText('请选择要导入的工作表')).toBeVisible({ timeout: 20_000 });
    await page.getByRole('radio', { name: '2026年' }).check();
    await page.getByLabel(/再次选择文件/).setInputFiles(both);
    await submit(page, page.getByRole('button', { name: '按所选工作表校验' }), /\/registry\/imports\/[0-9a-f-]{36}/);
    await expect(page.getByTestId('import-sheet')).toHaveText('已读取工作表“2026年”', { timeout: 20_000 });
    await expect(page.getByTestId('import-rows')).toHaveText('2 行');
  });

  test('an empty file and unknown headers are named', async ({ browser }) => {
    const page = await agencyUser(browser, 'yjj.coord');
    await open(page, '/registry/imports?kind=object');
    await page.getByLabel(/^文件/).setInputFiles(saved('空文件.csv', ''));
    await submit(page, page.getByRole('button', { name: '上传并校验' }), /\/registry\/imports/);
    await expect(page.getByText('文件“空文件.csv”是空的（0 字节），请检查文件后重新选择')).toBeVisible();

    const extra = saved('多一列.csv', '\ufeff' + [`${HEADER},联系人`, `${uscc(freshBody('N'))},漳平市列名测试厂,菁城街道,工贸,B,张三`].join('\r\n'));
    await page.getByLabel(/^文件/).setInputFiles(extra);
    await submit(page, page.getByRole('button', { name: '上传并校验' }), /\/registry\/imports\/[0-9a-f-]{36}/);
    await expect(page.getByTestId('import-ignored')).toHaveText('未识别的列：联系人', { timeout: 20_000 });
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
