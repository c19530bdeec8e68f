import { expect, test } from '@playwright/test';
import { hydrated, login } from '../fixtures/login';
import { urls } from '../fixtures/platform';
import { keepScreenshot } from '../fixtures/screenshot';

test.describe('领导小组门户 login', () => {
  test('a leadership-group member logs in and sees the region overview page', async ({ page }) => {
    await login(page, urls.leadership, 'ldxz.zhang');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('漳平市');
    await expect(page.getByTestId('current-user')).toContainText('领导小组成员');
    await keepScreenshot(page, 'leadership-home');
  });

  test('the platform admin, who keeps the registries, is refused too (the figures are the leadership group’s)', async ({ page }) => {
    await page.goto(urls.leadership + '/login');
    await hydrated(page);
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill(process.env.LIANCHA_DEMO_PASSWORD ?? 'liancha-demo');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByTestId('login-error')).toHaveText('该账号不是领导小组成员，请使用部门工作门户登录');
  });

  test('an agency coordinator is refused by the leadership portal', async ({ page }) => {
    await page.goto(urls.leadership + '/login');
    await hydrated(page);
    await page.getByLabel('用户名').fill('yjj.coord');
    await page.getByLabel('密码').fill(process.env.LIANCHA_DEMO_PASSWORD ?? 'liancha-demo');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByTestId('login-error')).toHaveText('该账号不是领导小组成员，请使用部门工作门户登录');
  });
});
