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

  test('an unknown region is a 404 page in Chinese', async ({ page }) => {
    const response = await page.goto(urls.public + '/r/999999');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('未找到');
  });
});
