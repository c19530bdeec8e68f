import { expect, test, type Page } from '@playwright/test';
import { apiAs } from '../fixtures/api';
import { expectNoSeriousViolations } from '../fixtures/axe';
import { hydrated } from '../fixtures/login';
import { urls } from '../fixtures/platform';
import { PHONE } from '../fixtures/phone';
import { keepScreenshot } from '../fixtures/screenshot';

const REGION = '350881';
/** The publication kinds (packages/domain/src/vocabulary/publication.ts): one notice of each that the demo has. */
const KINDS = ['annual_plan', 'joint_task', 'draw', 'substitution', 'result', 'sanction', 'item_list'];

/** The first link on a page whose path matches, as an absolute URL (or null when there is none). */
async function firstLink(page: Page, url: string, pattern: RegExp): Promise<string | null> {
  await page.goto(url);
  const href = await page
    .locator('main a[href]')
    .evaluateAll((links, source) => links.map((a) => a.getAttribute('href') ?? '').find((h) => new RegExp(source).test(h)) ?? null, pattern.source);
  return href ? urls.public + href : null;
}

/** Every public page a visitor reaches without an activation code, the demo's examples of each kind included. */
async function publicPages(page: Page): Promise<string[]> {
  const base = `${urls.public}/r/${REGION}`;
  const pages = [
    `${urls.public}/`,
    base,
    `${base}/p`,
    `${urls.public}/verify`,
    `${base}/campaigns`,
    `${base}/caps`,
    `${base}/inspection`,
    `${base}/audit`,
    `${base}/enterprise`,
    `${base}/self-check`,
    `${base}/data`,
    `${urls.public}/api`,
    `${base}/e`,
  ];
  const detail = new RegExp(`^/r/${REGION}/p/[0-9a-f-]{36}$`);
  for (const kind of KINDS) {
    const notice = await firstLink(page, `${base}/p?kind=${kind}`, detail);
    if (notice) pages.push(notice);
    if (notice && kind === 'joint_task') pages.push(`${notice}/verify`);
    // The sanctioned enterprise's public record (企业信用公示), linked from its notice.
    if (notice && kind === 'sanction') {
      const record = await firstLink(page, notice, new RegExp(`^/r/${REGION}/e/[0-9A-Z]{18}$`));
      if (record) pages.push(record);
    }
  }
  const campaign = await firstLink(page, `${base}/campaigns`, new RegExp(`^/r/${REGION}/campaigns/[0-9a-f-]{36}$`));
  if (campaign) pages.push(campaign);
  // A 检查码 page when a case check was approved (by the agency specs before this one).
  const { rows } = (await (await apiAs('yjj.coord')).query('caseChecks.list', { filter: { statuses: ['done'] } })) as {
    rows: { inspectionCode: string | null }[];
  };
  const code = rows.find((r) => r.inspectionCode)?.inspectionCode;
  if (code) pages.push(`${base}/inspection/${code}`);
  return pages;
}

/**
 * WCAG 2.1 AA on every public page (axe-core: no serious or critical violation), each with its own
 * title and description in Chinese, at 1280 px and on a 390 px phone without sideways scrolling.
 */
test.describe('信息公示门户 · 无障碍', () => {
  test('every public page: axe-core finds no serious violation, and each has a title, a description and lang="zh-CN"', async ({ page }) => {
    test.setTimeout(300_000);
    const pages = await publicPages(page);
    expect(pages.length).toBeGreaterThan(12);
    const titles = new Map<string, string>();
    for (const url of pages) {
      await test.step(url, async () => {
        await page.goto(url);
        await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
        const title = await page.title();
        expect.soft(title.trim(), `title of ${url}`).not.toBe('');
        titles.set(url, title);
        const description = await page.evaluate(() => document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '');
        expect.soft(description.trim(), `description of ${url}`).not.toBe('');
        expect.soft(await page.locator('h1').count(), `one h1 on ${url}`).toBe(1);
        await expectNoSeriousViolations(page, url).catch((error: Error) => expect.soft(error.message).toBe(''));
      });
    }
    // Titles say which page it is: no two pages share one.
    expect(new Set(titles.values()).size).toBe(titles.size);
  });

  test('the check itself fails on a serious violation: an image without a text alternative, a nameless link', async ({ page }) => {
    await page.goto(`${urls.public}/r/${REGION}`);
    // After hydration, and outside the app's root, so that nothing renders the additions away.
    await hydrated(page);
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="data:," width="10" height="10"><a href="/"><span></span></a>'));
    const failure = await expectNoSeriousViolations(page).then(
      () => '',
      (error: Error) => error.message,
    );
    expect(failure).toContain('image-alt');
    expect(failure).toContain('link-name');
  });

  test('a keyboard user sees where the focus is', async ({ page }) => {
    await page.goto(`${urls.public}/r/${REGION}/p`);
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.outline).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });

  test('on a 390 px phone: no page scrolls sideways, and the publication list reads as short cards', async ({ browser, page }) => {
    test.setTimeout(300_000);
    const pages = await publicPages(page);
    const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', hasTouch: true, isMobile: true });
    const phone = await context.newPage();
    for (const url of pages) {
      await phone.goto(url);
      expect.soft(await phone.evaluate(() => document.documentElement.scrollWidth), `width of ${url}`).toBeLessThanOrEqual(PHONE.width);
    }
    await phone.goto(`${urls.public}/r/${REGION}/self-check`);
    await keepScreenshot(phone, 'phone-public-self-check');
    await phone.goto(`${urls.public}/r/${REGION}/p`);
    await keepScreenshot(phone, 'phone-public-list-cards');
    const height = await phone.evaluate(() => document.documentElement.scrollHeight);
    test.info().annotations.push({ type: 'publication list height at 390 px', description: `${height} px` });
    console.log(`publication list at 390 px: ${height} px tall`);
    // Twenty cards of a date, a kind and a wrapped title each.
    expect(height).toBeLessThan(4000);
    const title = phone.getByTestId('publications').locator('tbody tr').first().getByRole('link');
    expect((await title.boundingBox())!.width).toBeGreaterThan(PHONE.width * 0.6);
    await context.close();
  });
});
