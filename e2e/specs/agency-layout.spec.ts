import { expect, test, type Page } from '@playwright/test';
import { agencyUser, open } from '../fixtures/agency';
import { urls } from '../fixtures/platform';
import { submitLogin } from '../fixtures/login';
import { keepScreenshot } from '../fixtures/screenshot';

/** Wide tables scroll inside their own box; the page itself never scrolls sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
}

test.describe('部门工作门户 layout', () => {
  test('pages stay readable on a tablet and are usable from the keyboard', async ({ browser }) => {
    const page = await agencyUser(browser, 'yjj.coord');
    await page.setViewportSize({ width: 820, height: 1180 });
    for (const [path, name] of [
      ['/', 'agency-tablet-home'],
      ['/registry/objects', 'agency-tablet-objects'],
      ['/plans/new', 'agency-tablet-plan-new'],
    ] as const) {
      await open(page, path);
      await expectNoSidewaysScroll(page);
      await keepScreenshot(page, name);
    }

    // Keyboard: the skip link comes first and lands on the main content; the filter form submits with Enter.
    await open(page, '/registry/objects');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: '跳到主要内容' })).toBeFocused();
    await page.getByLabel('搜索').focus();
    await page.keyboard.type('烟花');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/q=%E7%83%9F%E8%8A%B1/);
    await expect(page.getByTestId('objects-table').locator('tbody tr').first()).toContainText('烟花');

    // The next page is read by seeking past the last row (keyset): the same rows as page 2 by number.
    await open(page, '/registry/objects?sort=name&dir=desc');
    const rows = page.getByTestId('objects-table').locator('tbody tr');
    const lastOfFirst = await rows.last().textContent();
    await page.getByRole('link', { name: '下一页' }).first().click();
    await expect(page).toHaveURL(/after=/);
    await expect(page.getByTestId('pager-summary').first()).toContainText('显示第 51–100 条');
    const secondByCursor = await rows.allTextContents();
    expect(secondByCursor).not.toContain(lastOfFirst);
    await open(page, '/registry/objects?sort=name&dir=desc&page=2');
    expect(await rows.allTextContents()).toEqual(secondByCursor);
  });

  test('without client JavaScript a coordinator logs in, filters a list and saves a form', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await submitLogin(page, urls.agency, 'scj.coord', { javaScript: false });
    await expect(page.getByTestId('welcome')).toContainText('您好');

    await page.goto(urls.agency + '/registry/inspectors');
    await page.getByLabel('状态').selectOption({ label: '在岗' });
    await page.getByRole('button', { name: '筛选' }).click();
    await expect(page).toHaveURL(/status=on_duty/);
    await expect(page.getByTestId('inspectors-table').locator('tbody tr').first()).toContainText('在岗');

    // A refused form comes back with the Chinese message next to the field and the typed values kept.
    await page.goto(urls.agency + '/registry/tags');
    await page.getByLabel('分类').selectOption({ label: '执法人员 · 执法领域（专长）' });
    await page.getByRole('textbox', { name: '代码', exact: true }).fill('特种设备');
    await page.getByRole('textbox', { name: '名称', exact: true }).fill('电梯安全');
    await page.getByRole('button', { name: '新增标签' }).click();
    await expect(page.locator('#f-code-error')).toContainText('标签代码只能包含小写字母');
    await expect(page.getByRole('textbox', { name: '名称', exact: true })).toHaveValue('电梯安全');
    await page.getByRole('textbox', { name: '代码', exact: true }).fill(`elevator_${Date.now()}`);
    await page.getByRole('button', { name: '新增标签' }).click();
    await expect(page.getByTestId('form-ok')).toContainText('已新增标签');
    await context.close();
  });
});
