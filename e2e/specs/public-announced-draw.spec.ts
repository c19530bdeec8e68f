import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { agencyUser, beijingDate, open, publishItems, submit } from '../fixtures/agency';
import { commitSecrets, fillNewJointTask, nameItemsAndInspectors, revealSecret, saveSmallMatrix } from '../fixtures/joint-task-steps';
import { urls } from '../fixtures/platform';
import { keepScreenshot } from '../fixtures/screenshot';

/** The draw code hash of this checkout, as anyone reproduces it (the API was built from it). */
const drawCodeHash = () =>
  execFileSync(process.execPath, [fileURLToPath(new URL('../../scripts/draw-code-hash.mjs', import.meta.url))], { encoding: 'utf8' }).trim();

/** "YYYY-MM-DDTHH:mm:ss" in Beijing time, as a datetime-local field takes it. */
const beijingLocal = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 19);

/**
 * Announced public randomness: 应急管理局 opens a draw that takes a 福彩3D draw's numbers,
 * declared before the freeze; the ceremony cannot take them before the stated time, completes once
 * they are entered, and the public page shows the declaration (抽取前已声明), the producer and the
 * draw code hash, and verifies in the browser.
 */
test.describe('抽取仪式 · 事先声明的彩票开奖号码', () => {
  test('declare a lottery draw, wait for it, enter it, publish, and verify with the declaration shown', async ({ browser }) => {
    test.setTimeout(420_000);
    const yjj = await agencyUser(browser, 'yjj.coord');
    const scj = await agencyUser(browser, 'scj.coord');
    const title = `福彩3D随机源联合抽查（${beijingDate()}·${Date.now().toString(36)}）`;
    let drawUrl = '';
    let taskUrl = '';
    // The lottery is "drawn" 75 seconds after the draw is opened: enough for the commitments and the freeze.
    let availableAfter = new Date();

    await test.step('the lead opens the ceremony declaring 福彩3D 第2026330期 a little ahead', async () => {
      await publishItems(yjj, ['YJJ-04']);
      await publishItems(scj, ['SCJ-01']);
      await fillNewJointTask(yjj, title);
      await submit(yjj, yjj.getByRole('button', { name: '创建任务并发出邀请' }), /\/tasks\/[0-9a-f-]{36}\?saved=created/);
      taskUrl = yjj.url().split('?')[0]!;
      await open(scj, taskUrl);
      await submit(scj, scj.getByRole('button', { name: '确认参加' }), /saved=confirmed/);
      await nameItemsAndInspectors(taskUrl, [
        [scj, 'SCJ-01'],
        [yjj, 'YJJ-04'],
      ]);
      await saveSmallMatrix(yjj, taskUrl);
      await open(yjj, taskUrl);
      const declared = yjj.getByTestId('announced-source');
      await declared.getByLabel('类型').selectOption({ label: '彩票开奖号码' });
      await declared.getByLabel('彩票或信标名称').fill('福彩3D');
      await declared.getByLabel('期号（彩票）或轮次（信标）').fill('2026330');
      availableAfter = new Date(Math.ceil((Date.now() + 75_000) / 1000) * 1000);
      await declared.getByLabel('开奖（公布）时间（北京时间）').fill(beijingLocal(availableAfter));
      await submit(yjj, yjj.getByRole('button', { name: '开始抽取仪式' }), /\/draws\/[0-9a-f-]{36}$/);
      drawUrl = yjj.url();
      await expect(yjj.getByTestId('sources')).toContainText('福彩3D第2026330期开奖号码');
    });

    await test.step('both agencies commit and reveal; the ceremony waits for the lottery numbers', async () => {
      const secrets = await commitSecrets([scj, yjj], drawUrl);
      await open(yjj, drawUrl);
      await submit(yjj, yjj.getByRole('button', { name: '冻结抽取输入并公布承诺' }), /saved=frozen/);
      for (const page of [scj, yjj]) await revealSecret(page, drawUrl, secrets.get(page)!, /saved=revealed/);
      await open(yjj, drawUrl);
      const pending = yjj.getByTestId('public-value-external');
      // Before the stated time there is nothing to enter, only when it opens.
      await expect(pending).toContainText(`待公布（${beijingLocal(availableAfter).slice(0, 16).replace('T', ' ')} 后可录入）`);
      await expect(pending.getByRole('button', { name: '录入' })).toHaveCount(0);
      await expect(yjj.getByTestId('draw-commitment')).toHaveText(/^[0-9a-f]{64}$/);
      await keepScreenshot(yjj, 'agency-draw-announced-pending');
    });

    await test.step('after the stated time the lead enters the numbers as published and the draw completes', async () => {
      const field = yjj.getByTestId('public-value-external').getByRole('textbox');
      await expect(async () => {
        await open(yjj, drawUrl);
        await expect(field).toBeVisible({ timeout: 1000 });
      }).toPass({ timeout: 150_000 });
      await field.fill('407');
      await submit(yjj, yjj.getByRole('button', { name: '录入' }), /\/draws\/[0-9a-f-]{36}/);
      await expect(yjj.getByRole('alert')).toContainText('应为公布的开奖号码');
      await yjj.getByTestId('public-value-external').getByRole('textbox').fill('4 0 7');
      await submit(yjj, yjj.getByRole('button', { name: '录入' }), /saved=drawn/);
      await expect(yjj.getByTestId('drawn-list').locator('tbody tr').first()).toBeVisible();
      await open(yjj, taskUrl);
      await submit(yjj, yjj.getByRole('button', { name: '公示抽查任务、名单和抽取证明' }), /saved=published/);
    });
    await yjj.context().close();
    await scj.context().close();

    await test.step('the public page shows the declaration, the producer and the draw code hash; the browser verifies it', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${urls.public}/r/350881/p?q=${encodeURIComponent(title)}&kind=joint_task`);
      await page
        .getByTestId('publications')
        .getByRole('link', { name: new RegExp(title.replace(/[()（）·]/g, '.')) })
        .click();
      const declared = page.getByTestId('announced-sources');
      await expect(declared).toContainText('福彩3D 第2026330期（彩票开奖号码）');
      await expect(declared.getByTestId('declared-before')).toHaveText('抽取前已声明');
      await expect(declared.getByTestId('declared-at')).toHaveText(/\d{4}/);
      await expect(declared.getByTestId('announced-value')).toHaveText('4 0 7');
      await expect(page.getByTestId('draw-code-hash')).toHaveText(drawCodeHash());
      await expect(page.getByTestId('producer-version')).toHaveText(/^liancha \d+\.\d+\.\d+/);
      await keepScreenshot(page, 'public-announced-draw');

      await page.getByRole('link', { name: '在浏览器中验证抽取' }).click();
      await expect(page.getByTestId('verify-explainer')).toContainText('验证不能证明的');
      await expect(page.getByTestId('verify-audit-link')).toHaveAttribute('href', '/r/350881/audit');
      await page.getByTestId('verify-start').click();
      await expect(page.getByTestId('verify-word')).toHaveText('一致', { timeout: 60_000 });
      await expect(page.getByTestId('verify-announcement')).toContainText('福彩3D第2026330期开奖号码');
      await expect(page.getByTestId('verify-producer')).toContainText(drawCodeHash());
      await context.close();
    });
  });
});
