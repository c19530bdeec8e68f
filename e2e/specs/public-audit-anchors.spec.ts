import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { agencyUser, open, submit } from '../fixtures/agency';
import { outputDir, root, urls } from '../fixtures/platform';
import { keepScreenshot } from '../fixtures/screenshot';

const saved = join(outputDir, 'anchors');

/** Download the region's anchors file the way a visitor does, into `name`. */
async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('anchors-download').click()]);
  mkdirSync(saved, { recursive: true });
  const path = join(saved, name);
  await file.saveAs(path);
  return path;
}

function checkAnchors(...args: string[]) {
  const run = spawnSync(process.env.PYTHON ?? 'python3', [join(root, 'verifiers/python/check_anchors.py'), ...args], { encoding: 'utf8' });
  if (run.error) throw new Error(`python3 is needed for this spec (${run.error.message})`);
  return { status: run.status, report: JSON.parse(run.stdout) as { ok: boolean; anchors: number } };
}

test.describe('信息公示门户 · 审计日志链头', () => {
  test('the public finds the published heads from the region page, keeps a copy, and a new 公示 adds its head', async ({ browser }) => {
    const page = await browser.newPage();
    await page.goto(`${urls.public}/r/350881`);
    await page.getByTestId('region-footer').getByRole('link', { name: '审计日志链头' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('审计日志链头');
    await expect(page.getByTestId('audit-check')).toContainText('一致');
    const rows = page.getByTestId('anchors').locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    const first = await download(page, 'first.json');
    const before = checkAnchors(first);
    expect(before).toMatchObject({ status: 0, report: { ok: true } });

    // A coordinator publishes: the 公示 carries the head, and the list shows it on top.
    const coord = await agencyUser(browser, 'yjj.coord');
    await open(coord, '/registry/items');
    await submit(coord, coord.getByRole('button', { name: '公示事项清单' }), /saved=listPublished/);
    await page.reload();
    const top = rows.first();
    await expect(top).toContainText('随公示发布');
    const position = (await top.locator('td').first().innerText()).trim();
    await keepScreenshot(page, 'public-audit-anchors');
    await top.getByRole('link', { name: '查看公示' }).click();
    await expect(page.getByTestId('publication-audit-head')).toContainText(`第 ${position} 条记录`);
    await keepScreenshot(page, 'public-publication-audit-head');

    // The copy kept earlier is still all there, and the list only grew: by this 公示 at least
    // (the API's ten-minute pass adds the day's anchor when the Beijing day turns meanwhile).
    await page.goto(`${urls.public}/r/350881/audit`);
    const now = checkAnchors(await download(page, 'now.json'), '--saved', first);
    expect(now).toMatchObject({ status: 0, report: { ok: true } });
    expect(now.report.anchors).toBeGreaterThan(before.report.anchors);
  });

  test('the page reads without JavaScript and pages back through older heads', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${urls.public}/r/350881/audit?before=abc`);
    await expect(page.getByTestId('form-info')).toContainText('翻页参数无效');
    const positions = () => page.getByTestId('anchors').locator('tbody tr td:first-child').allInnerTexts();
    const newest = (await positions()).map(Number);
    expect(newest).toHaveLength(20);
    await page.getByTestId('anchors-older').click();
    const older = (await positions()).map(Number);
    expect(older.length).toBeGreaterThan(0);
    // Older heads stand lower in the chain: every one below the last of the newest page.
    expect(Math.max(...older)).toBeLessThan(Math.min(...newest));
    await page.getByRole('link', { name: '← 最新的链头' }).click();
    expect((await positions()).map(Number)).toEqual(newest);
    await context.close();
  });
});
