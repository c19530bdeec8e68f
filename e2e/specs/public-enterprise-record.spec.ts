import { expect, test, type Page } from '@playwright/test';
import { PHONE } from '../fixtures/phone';
import { urls } from '../fixtures/platform';
import { keepScreenshot } from '../fixtures/screenshot';

/** The sanction the demo year publishes (apps/api/src/demo/seed-year.ts, SEED_SANCTION). */
const DECISION_NO = '漳应急罚〔2020〕1号';

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test.describe('企业信用公示', () => {
  test('finds the sanctioned enterprise of the demo year by a name fragment and shows its record in the national shapes, at 390 px without JavaScript', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE, locale: 'zh-CN' });
    const page = await context.newPage();

    // The sanctions filter of the public list shows the demo year's decision.
    await page.goto(`${urls.public}/r/350881/p?kind=sanction`);
    const rows = page.getByTestId('publications').locator('tbody tr');
    await expect(rows.filter({ hasText: DECISION_NO })).toHaveCount(1);
    await rows.filter({ hasText: DECISION_NO }).getByRole('link').first().click();
    const notice = page.getByTestId('sanction');
    await expect(notice).toContainText('罚款、限制开展生产经营活动');
    const name = (await page.getByTestId('enterprise-record-link').textContent())!.replace(/的企业信用公示记录$/, '').trim();
    expect(name.length).toBeGreaterThan(4);

    // From the region's tab: a fragment of the name finds it.
    await page.getByRole('navigation', { name: '栏目' }).getByRole('link', { name: '企业信用公示' }).click();
    await expect(page).toHaveURL(/\/r\/350881\/e$/);
    await expect(page).toHaveTitle(/企业信用公示/);
    await page.getByLabel('企业名称或统一社会信用代码').fill(name.slice(2, -2));
    await page.getByRole('button', { name: '查询' }).click();
    const hit = page.getByTestId('enterprise-search-results').getByRole('link', { name });
    await expect(hit).toBeVisible();
    await hit.click();
    await expect(page).toHaveURL(/\/r\/350881\/e\/[0-9A-HJ-NPQRTUWXY]{18}$/);
    const recordUrl = page.url();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page).toHaveTitle(new RegExp(`${name} · 企业信用公示`));
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', new RegExp(`${name}（统一社会信用代码 [0-9A-Z]{18}）的公示记录`));
    await expect(page.getByTestId('dishonest-status')).toHaveText('未列入失信名单');

    // 抽查检查结果信息: 序号 | 检查实施机关 | 类型 | 日期 | 结果, one row per agency's published result.
    const checks = page.getByTestId('record-checks');
    await expect(checks.locator('thead th')).toHaveText(['序号', '检查实施机关', '类型', '日期', '结果']);
    const yjjRow = checks.locator('tbody tr').filter({ hasText: '漳平市应急管理局' });
    await expect(yjjRow).toHaveCount(1);
    await expect(yjjRow).toContainText('双随机抽查');
    await expect(yjjRow).toContainText('2020-03-02');
    await expect(yjjRow).not.toContainText('未发现问题');
    // 双随机抽查结果信息 with its details per item (应急管理局's found the hazard).
    const detail = page.getByTestId('record-check').filter({ hasText: '发现重大事故隐患' });
    await expect(detail).toHaveCount(1);
    for (const field of ['抽查计划编号', '抽查计划名称', '抽查任务编号', '抽查任务名称', '抽查类型', '抽查机关', '抽查完成日期']) {
      await expect(detail.getByText(field, { exact: true })).toBeVisible();
    }
    await expect(detail).toContainText('漳平市应急管理局2020年度“双随机”抽查工作计划');
    await expect(detail).toContainText('漳平市应急管理局');
    await expect(detail.getByTestId('record-check-items')).toContainText('发现重大事故隐患');

    // 行政处罚信息 in the 双公示 fields.
    const sanction = page.getByTestId('record-sanction').getByTestId('sanction');
    for (const field of [
      '行政相对人名称',
      '行政相对人类别',
      '统一社会信用代码',
      '行政处罚决定书文号',
      '违法行为类型',
      '违法事实',
      '处罚依据',
      '处罚类别',
      '处罚内容',
      '罚款金额（万元）',
      '处罚决定日期',
      '处罚有效期',
      '失信行为程度',
      '公示截止期',
      '最短公示期届满日',
      '处罚机关',
      '处罚机关统一社会信用代码',
      '数据来源单位',
    ]) {
      await expect(sanction.getByText(field, { exact: true })).toBeVisible();
    }
    await expect(sanction).toContainText(DECISION_NO);
    await expect(sanction).toContainText('法人及非法人组织');
    await expect(sanction.getByTestId('sanction-fine')).toHaveText('5');
    await expect(sanction.getByTestId('sanction-severity')).toHaveText('严重失信行为');
    await expect(sanction.getByTestId('sanction-publicity-ends')).toHaveText('2030-03-19');
    await expect(sanction.getByTestId('sanction-shortest-publicity-ends')).toContainText('2021-03-20');
    await expect(sanction).toContainText(/11350881[0-9A-Z]{10}/);
    // The draws it was in: drawn in the first quarter with its ticket under the cut-off, then left out at its yearly cap.
    // The demo's four quarters at least (specs that ran before on this platform may have published more draws).
    const draws = page.getByTestId('enterprise-draw');
    for (const quarter of ['第一季度', '第二季度', '第三季度', '第四季度']) await expect(draws.filter({ hasText: quarter })).toHaveCount(1);
    const first = draws.filter({ hasText: '第一季度' });
    await expect(first.getByTestId('draw-standing')).toContainText('抽中');
    await expect(first.getByTestId('draw-ticket')).toHaveText(/^[0-9a-f]{64}$/);
    await expect(first.getByTestId('draw-cut-off')).toHaveText(/^[0-9a-f]{64}$/);
    await expect(draws.filter({ hasText: '第二季度' }).getByTestId('draw-standing')).toContainText('本年度抽查次数已达上限');
    await keepScreenshot(page, 'public-enterprise-record');
    await context.close();

    // At 390 px nothing scrolls sideways (measured with scripts on, the page itself needs none).
    const phone = await browser.newContext({ viewport: PHONE, locale: 'zh-CN' });
    const measured = await phone.newPage();
    for (const url of [recordUrl, `${urls.public}/r/350881/e?q=${encodeURIComponent(name.slice(2, -2))}`]) {
      await measured.goto(url);
      await expect(measured.locator('main')).toBeVisible();
      expect(await scrollWidth(measured), url).toBeLessThanOrEqual(PHONE.width);
    }
    await phone.close();
  });

  test('a one-character search asks for more, and an unknown USCC is a 404 page in Chinese', async ({ page }) => {
    await page.goto(`${urls.public}/r/350881/e?q=${encodeURIComponent('漳')}`);
    await expect(page.getByTestId('enterprise-search-message')).toHaveText('请输入至少2个字的企业名称或统一社会信用代码开头');
    const response = await page.goto(`${urls.public}/r/350881/e/91350881MA00000000`);
    expect(response?.status()).toBe(404);
  });
});
