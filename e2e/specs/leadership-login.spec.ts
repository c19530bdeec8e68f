import { expect, test } from '@playwright/test';
import { login, submitLogin } from '../fixtures/login';
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
    await submitLogin(page, urls.leadership, 'admin');
    await expect(page.getByTestId('login-error')).toHaveText('该账号不是领导小组成员，请使用部门工作门户登录');
  });

  test('an agency coordinator is refused by the leadership portal', async ({ page }) => {
    await submitLogin(page, urls.leadership, 'yjj.coord');
    await expect(page.getByTestId('login-error')).toHaveText('该账号不是领导小组成员，请使用部门工作门户登录');
  });
});
