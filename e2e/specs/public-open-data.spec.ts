import { expect, test } from '@playwright/test';
import { csvRows } from '../fixtures/csv';
import { fits, PHONE } from '../fixtures/phone';
import { urls } from '../fixtures/platform';
import { download } from '../fixtures/workbook';

interface JsonFile {
  about: { list: string; region: { code: string }; filter: Record<string, unknown> };
  fields: { key: string; header: string }[];
  rows: { id: string; kind: string; title: string }[];
  count: number;
  capped: boolean;
}

test.describe('信息公示门户 开放数据', () => {
  test('the filtered publication list downloads as CSV and JSON with the rows the page shows', async ({ page }) => {
    await page.goto(`${urls.public}/r/350881/p?kind=joint_task`);
    const shown = await page.getByTestId('publications').locator('tbody tr a').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    const total = Number(/共 (\d+) 条/.exec(await page.getByTestId('pager-summary').first().innerText())![1]);
    expect(total).toBeGreaterThanOrEqual(4);

    await expect(page.getByTestId('download-csv')).toHaveAttribute('href', '/r/350881/p/export.csv?kind=joint_task');
    const csv = await download(page, '下载 CSV');
    expect(csv.filename).toMatch(/^抽查信息公示-漳平市-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = csvRows(csv.bytes);
    expect(header!.slice(0, 4)).toEqual(['公示编号', '公示类别代码', '公示类别', '标题']);
    expect(rows).toHaveLength(total);
    expect(rows.every((r) => r[1] === 'joint_task')).toBe(true);
    expect(rows.slice(0, shown.length).map((r) => r[3])).toEqual(shown.map((t) => t.trim()));

    const json = await download(page, '下载 JSON');
    const file = JSON.parse(json.bytes.toString('utf8')) as JsonFile;
    expect(file.about).toMatchObject({ list: '抽查信息公示', region: { code: '350881' }, filter: { kind: 'joint_task', currentOnly: true } });
    expect(file.fields.map((f) => f.header)).toEqual(header);
    expect(file).toMatchObject({ count: total, capped: false });
    expect(file.rows.map((r) => r.id)).toEqual(rows.map((r) => r[0]));
    expect(file.rows.slice(0, shown.length).map((r) => r.title)).toEqual(shown.map((t) => t.trim()));
  });

  test('the data page lists each download’s fields, from the same declaration as the files', async ({ page }) => {
    await page.goto(`${urls.public}/r/350881/data`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('开放数据');
    const publications = page.getByTestId('dictionary-p');
    await expect(publications.getByRole('row', { name: /标题\s*title\s*公示标题/ })).toBeVisible();
    await expect(publications.getByRole('row', { name: /发布日期\s*publishedOn/ })).toBeVisible();
    await expect(page.getByTestId('dictionary-campaigns').getByRole('row', { name: /备案号\s*filingNo/ })).toBeVisible();
    await expect(page.getByTestId('dictionary-caps').getByRole('row', { name: /上限（次\/年）\s*maxPerYear/ })).toBeVisible();
    // A year's bulk file: every notice of the demo year 2020, corrected versions included. Specs that ran before on
    // this platform may have published notices of this year, so 2020 is asked for in the 其他年度 box.
    await page.getByLabel('其他年度').fill('2020');
    await page.getByRole('button', { name: '列出' }).click();
    await expect(page).toHaveURL(/\/r\/350881\/data\?year=2020$/);
    await expect(page.getByTestId('bulk-years').locator('a[href="/r/350881/data/2020/publications.csv"]')).toBeVisible();
    const bulk = await page.request.get(`${urls.public}/r/350881/data/2020/publications.json`);
    expect(bulk.status()).toBe(200);
    const year = (await bulk.json()) as JsonFile;
    expect(year.rows.length).toBeGreaterThanOrEqual(4);
    expect(year.rows.every((r) => r.id && r.title)).toBe(true);
    // The other lists' files carry the headers their dictionaries list.
    await page.goto(`${urls.public}/r/350881/campaigns`);
    const campaigns = csvRows(await (await page.request.get(`${urls.public}/r/350881/campaigns/export.csv`)).body());
    expect(campaigns[0]!.slice(0, 3)).toEqual(['专项检查编号', '专项检查名称', '年度']);
    await expect(page.getByTestId('download-json')).toHaveAttribute('href', '/r/350881/campaigns/export.json');
    await page.goto(`${urls.public}/r/350881/caps?year=2020`);
    await expect(page.getByTestId('download-csv')).toHaveAttribute('href', '/r/350881/caps/export.csv?year=2020');
    const caps = (await (await page.request.get(`${urls.public}/r/350881/caps/export.json?year=2020`)).json()) as JsonFile & { about: { year: number } };
    expect(caps.about.year).toBe(2020);
    expect(caps.fields.map((f) => f.key)).toContain('maxPerYear');
    expect((await page.request.get(`${urls.public}/r/350881/p/export.xlsx`)).status()).toBe(404);
  });

  test('the read API answers through the portal with its OpenAPI description, ETags, and nothing that is not public', async ({ page }) => {
    const openapi = await page.request.get(`${urls.public}/api/public/v1/openapi.json`);
    expect(openapi.status()).toBe(200);
    const doc = (await openapi.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/publications/{regionCode}');

    await page.goto(`${urls.public}/r/350881/p?kind=joint_task`);
    const shown = (await page.getByTestId('publications').locator('tbody tr a').allTextContents()).map((t) => t.trim());
    const list = await page.request.get(`${urls.public}/api/public/v1/publications/350881?kind=joint_task&limit=${shown.length}`);
    expect(list.status()).toBe(200);
    expect(list.headers()['cache-control']).toBe('public, max-age=300');
    const body = (await list.json()) as { rows: { title: string }[]; next: string | null };
    expect(body.rows.map((r) => r.title)).toEqual(shown);
    const again = await page.request.get(`${urls.public}/api/public/v1/publications/350881?kind=joint_task&limit=${shown.length}`, {
      headers: { 'if-none-match': list.headers()['etag']! },
    });
    expect(again.status()).toBe(304);
    for (const path of ['users', 'trpc/users.list', 'users/list']) {
      expect((await page.request.get(`${urls.public}/api/public/v1/${path}`)).status(), path).toBe(404);
    }
    // Encoded dot segments do not climb out of /public/v1 to the API's other paths.
    for (const path of ['%2e%2e/%2e%2e/health', '%2e%2e/%2e%2e/trpc/public.regions', '%2E%2E/%2E%2E/trpc/users.list']) {
      const escaped = await page.request.get(`${urls.public}/api/public/v1/${path}`);
      expect(escaped.status(), path).toBe(404);
      expect(await escaped.text(), path).not.toContain('"status":"ok"');
    }

    await page.goto(`${urls.public}/api`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('数据接口');
    await expect(page.getByTestId('api-endpoints')).toContainText('GET /api/public/v1/publications/{regionCode}');
  });

  test('the data and API pages fit a 390 px phone', async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', hasTouch: true, isMobile: true });
    const page = await context.newPage();
    for (const path of ['/r/350881/data', '/api']) await fits(page, urls.public + path);
    await context.close();
  });
});
