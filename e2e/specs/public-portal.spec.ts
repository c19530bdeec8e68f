import { expect, test } from '@playwright/test';
import { urls } from '../fixtures/platform';
import { keepScreenshot } from '../fixtures/screenshot';

test.describe('信息公示门户', () => {
  test('renders the demo region from the API on the server, without client JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(urls.public + '/');
    await page.getByRole('link', { name: '漳平市（350881）' }).click();
    await expect(page.getByTestId('region-name')).toHaveText('漳平市');
    const table = page.getByTestId('objects-by-sector');
    await expect(table.getByRole('row', { name: /非煤矿山\s*33/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /危险化学品\s*52/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /烟花爆竹\s*96/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /工贸\s*332/ })).toBeVisible();
    await expect(page.getByTestId('object-total')).toHaveText('513');
    await keepScreenshot(page, 'public-region');
    await context.close();
  });

  test('an Atom feed of the newest notices, all kinds or the kind the list is filtered by', async ({ page }) => {
    await page.goto(`${urls.public}/r/350881/p?kind=joint_task`);
    const link = page.getByTestId('atom-feed');
    await expect(link).toHaveAttribute('href', '/r/350881/feed.atom?kind=joint_task');
    const feed = await page.request.get(`${urls.public}/r/350881/feed.atom?kind=joint_task`);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const xml = await feed.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain('<title>漳平市 · 抽查任务及抽取名单</title>');
    // The demo year's four quarterly tasks, each linking to its notice.
    const titles = [...xml.matchAll(/<entry>\s*<id>[^<]+<\/id>\s*<title>([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(titles.filter((t) => t!.includes('2020年') && t!.includes('联合'))).toHaveLength(4);
    const first = /<link rel="alternate" type="text\/html" href="([^"]+)"\/>\s*<updated>/.exec(xml)![1]!;
    await page.goto(first.replace(/^https?:\/\/[^/]+/, urls.public));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('抽查');
    expect((await page.request.get(`${urls.public}/r/350881/feed.atom?kind=nonsense`)).status()).toBe(400);
    // Every page of the region announces the feed to browsers and readers.
    await page.goto(`${urls.public}/r/350881`);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/r/350881/feed.atom');
  });

  test('an unknown region is a 404 page in Chinese', async ({ page }) => {
    const response = await page.goto(urls.public + '/r/999999');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('未找到');
  });
});
