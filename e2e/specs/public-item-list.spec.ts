import { expect, test } from '@playwright/test';
import { agencyUser, beijingDate, open, submit } from '../fixtures/agency';
import { urls } from '../fixtures/platform';
import { keepScreenshot } from '../fixtures/screenshot';

test.describe('信息公示门户 · 随机抽查事项清单', () => {
  test('the coordinator puts the item list on 公示 and the public reads it, the previous version marked as replaced', async ({ browser }) => {
    const coord = await agencyUser(browser, 'yjj.coord');
    await open(coord, '/registry/items');
    await submit(coord, coord.getByRole('button', { name: '公示事项清单' }), /saved=listPublished/);
    await expect(coord.getByTestId('item-list-publication')).toContainText('最近一次公示');
    const published = await coord.getByTestId('items-table').locator('tbody tr').filter({ hasText: '已公布' }).count();

    const page = await browser.newPage();
    const title = `漳平市应急管理局随机抽查事项清单（${beijingDate()}）`;
    await page.goto(`${urls.public}/r/350881/p?kind=item_list`);
    await page.getByRole('link', { name: title }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
    const rows = page.getByTestId('item-list').locator('tbody tr');
    await expect(rows).toHaveCount(published);
    await expect(rows.first()).toContainText('YJJ-');
    await keepScreenshot(page, 'public-item-list');

    // Only the current version is listed; with replaced ones shown, the demo's 2019 list is there too.
    const lists = () => page.getByTestId('publications').locator('tbody tr').filter({ hasText: '漳平市应急管理局随机抽查事项清单' });
    await page.goto(`${urls.public}/r/350881/p?kind=item_list`);
    await expect(lists()).toHaveCount(1);
    await page.goto(`${urls.public}/r/350881/p?kind=item_list&all=1`);
    expect(await lists().count()).toBeGreaterThanOrEqual(2);
  });
});
