import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { hydrated } from '../fixtures/login';
import { urls } from '../fixtures/platform';
import { publishJointTaskDraw } from '../fixtures/published-draw';
import { keepScreenshot } from '../fixtures/screenshot';
import { horizontalOverflow } from '../fixtures/layout';

/**
 * The public's side of a draw: after 应急管理局 and 市场监督管理局 run and publish a joint task in
 * the agency portal, an anonymous visitor finds it, reads the drawn list without JavaScript,
 * re-runs the draw in the browser (一致), and catches a bundle with one ticket changed (不一致).
 */
test.describe('信息公示门户 · 公示与验证抽取', () => {
  test('find a published draw, read it without JavaScript, verify it in the browser and catch a tampered bundle', async ({ browser }) => {
    test.setTimeout(300_000);
    const { title } = await test.step('the agencies publish a drawn joint task', () => publishJointTaskDraw(browser));
    let detailUrl = '';
    let drawnRows = 0;

    await test.step('without JavaScript: search by the task title, open it, read the drawn list, commitment and teams', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(urls.public + '/r/350881');
      await expect(page.getByTestId('kind-counts').getByRole('link', { name: /抽查任务及抽取名单\s*[1-9]/ })).toBeVisible();
      await page.getByRole('navigation', { name: '栏目' }).getByRole('link', { name: '公示信息' }).click();
      // Every agency of the region can be chosen, also one that has published nothing.
      expect(await page.getByLabel('公示部门').locator('option').allTextContents()).toEqual(
        expect.arrayContaining(['龙岩市漳平生态环境局', '漳平市应急管理局', '漳平市市场监督管理局', '漳平市消防救援大队']),
      );
      await page.getByRole('searchbox', { name: '搜索' }).fill(title);
      await page.getByLabel('公示类别').selectOption({ label: '抽查任务及抽取名单' });
      await page.getByRole('button', { name: '查询' }).click();
      await expect(page).toHaveURL(/kind=joint_task/);
      const rows = page.getByTestId('publications').locator('tbody tr');
      await expect(rows).toHaveCount(1);
      await expect(page.getByTestId('pager-summary')).toContainText('共 1 条');
      await keepScreenshot(page, 'public-publications-search');
      await rows.getByRole('link', { name: new RegExp(title.replace(/[()（）·]/g, '.')) }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
      detailUrl = page.url();
      const drawn = page.getByTestId('drawn-list').locator('tbody tr');
      drawnRows = await drawn.count();
      expect(drawnRows).toBeGreaterThan(0);
      await expect(drawn.first()).toContainText(/[0-9A-Z]{18}/);
      await expect(page.getByTestId('drawn-count')).toHaveText(`${drawnRows} 家`);
      await expect(page.getByTestId('commitment')).toHaveText(/^[0-9a-f]{64}$/);
      await expect(page.getByTestId('strata')).toContainText('工贸');
      await expect(page.getByTestId('entropy')).toContainText('漳平市市场监督管理局');
      await expect(page.getByTestId('teams').locator('tbody tr')).toHaveCount(drawnRows);
      await keepScreenshot(page, 'public-publication-task');
      // An enterprise owner searches by the USCC and finds the task that drew the enterprise.
      const uscc = /[0-9A-Z]{18}/.exec((await drawn.first().textContent()) ?? '')![0];
      await page.goto(`${urls.public}/r/350881/p?q=${uscc}&kind=joint_task`);
      await expect(page.getByTestId('publications').locator('tbody tr').filter({ hasText: title })).toHaveCount(1);
      await page.goto(detailUrl);
      // The verify page says plainly, in a <noscript>, that it needs JavaScript (checked in the
      // HTML as served: Playwright's script-disabled Chromium does not expose <noscript> content).
      await page.getByRole('link', { name: '在浏览器中验证抽取' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('验证抽取');
      const html = await (await page.request.get(page.url())).text();
      expect(html).toMatch(/<noscript>[^<]*<p[^>]*>验证需要在浏览器中运行 JavaScript/);
      await context.close();
    });

    await test.step('with JavaScript: verify the draw in the browser, started from the keyboard', async () => {
      const page = await browser.newPage();
      await page.goto(`${detailUrl}/verify`);
      await hydrated(page);
      await page.getByTestId('verify-start').focus();
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('verify-word')).toHaveText('一致', { timeout: 30_000 });
      await expect(page.getByTestId('verify-seed')).toHaveText(/^[0-9a-f]{64}$/);
      await expect(page.getByTestId('verify-time')).toContainText('毫秒');
      const recomputed = page.getByTestId('verify-drawn').locator('tbody tr');
      await expect(recomputed).toHaveCount(drawnRows);
      await expect(recomputed.first().locator('td').nth(2)).not.toHaveText('—');
      await keepScreenshot(page, 'public-verify-ok');
      await page.close();
    });

    const tampered = await test.step('download the proof bundle and change one ticket', async () => {
      const page = await browser.newPage();
      await page.goto(detailUrl);
      // The page says what a verification will download: the bundle holds the whole pool.
      await expect(page.getByTestId('bundle-size')).toContainText(/抽取证明包含完整的抽取池（[\d,]+ 户），共 [\d.]+ (KB|MB)/);
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: /^下载抽取证明（JSON，[0-9.]+ (KB|MB|字节)）$/ }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^抽取证明-.+\.json$/);
      const original = readFileSync(await file.path());
      const bundle = JSON.parse(original.toString('utf8')) as { objects: { drawn: { ticket: string }[] }[] };
      const first = bundle.objects.find((s) => s.drawn.length > 0)!.drawn[0]!;
      first.ticket = (first.ticket[0] === '0' ? '1' : '0') + first.ticket.slice(1);
      await page.close();
      return { original, changed: Buffer.from(JSON.stringify(bundle)) };
    });

    await test.step('the downloaded file on /verify: 一致, with the enterprises and strata by name, not code', async () => {
      const page = await browser.newPage();
      await page.goto(urls.public + '/verify');
      await hydrated(page);
      await page.getByLabel('抽取证明文件（.json）').setInputFiles({ name: 'proof.json', mimeType: 'application/json', buffer: tampered.original });
      await page.getByRole('button', { name: '验证', exact: true }).click();
      await expect(page.getByTestId('verify-word')).toHaveText('一致', { timeout: 30_000 });
      const first = page.getByTestId('verify-drawn').locator('tbody tr').first().locator('td');
      await expect(first.nth(2)).not.toHaveText('—');
      await expect(first.nth(0)).toHaveText('工贸');
      await expect(page.getByTestId('verify-drawn')).not.toContainText('industry_trade');
      await page.close();
    });

    await test.step('the tampered file on /verify: 不一致, with the first difference in Chinese', async () => {
      const page = await browser.newPage();
      await page.goto(urls.public + '/verify');
      await hydrated(page);
      await page.getByLabel('抽取证明文件（.json）').setInputFiles({ name: 'tampered.json', mimeType: 'application/json', buffer: tampered.changed });
      await page.getByRole('button', { name: '验证', exact: true }).click();
      await expect(page.getByTestId('verify-word')).toHaveText('不一致', { timeout: 30_000 });
      await expect(page.getByTestId('verify-difference')).toHaveText('抽中对象、签号或排序与重新计算的结果不符');
      await expect(page.getByTestId('verify-place')).toContainText(/抽中名单第1位 · 签号/);
      await keepScreenshot(page, 'public-verify-tampered');
      // A file that is not JSON at all is refused in words, not with a stack trace.
      await page.getByLabel('抽取证明文件（.json）').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('不是 JSON') });
      await page.getByRole('button', { name: '验证', exact: true }).click();
      await expect(page.getByTestId('verify-verdict')).toContainText('文件不是有效的 JSON');
      await page.close();
    });

    await test.step('phone and tablet widths: the task notice stays readable', async () => {
      for (const [name, width, height] of [
        ['phone', 390, 844],
        ['tablet', 820, 1180],
      ] as const) {
        const context = await browser.newContext({ viewport: { width, height } });
        const page = await context.newPage();
        await page.goto(detailUrl);
        await expect(page.getByTestId('drawn-list')).toBeVisible();
        // Nothing but the scrolling table wrappers may be wider than the screen.
        const overflow = await horizontalOverflow(page);
        expect(overflow).toBeLessThanOrEqual(0);
        await keepScreenshot(page, `public-publication-task-${name}`);
        await context.close();
      }
    });
  });

  test('an unknown publication is a 404 page in Chinese', async ({ page }) => {
    const response = await page.goto(urls.public + '/r/350881/p/00000000-0000-4000-8000-000000000000');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('未找到');
    const bundle = await page.request.get(urls.public + '/r/350881/p/00000000-0000-4000-8000-000000000000/bundle.json');
    expect(bundle.status()).toBe(404);
  });
});
