import { expect, test } from '@playwright/test';
import { hydrated, login, submitLogin } from '../fixtures/login';
import { urls } from '../fixtures/platform';
import { keepScreenshot } from '../fixtures/screenshot';

test.describe('部门工作门户 login', () => {
  test('a protected page sends an anonymous visitor to the login page', async ({ page }) => {
    await page.goto(urls.agency + '/');
    await expect(page).toHaveURL(/\/login\?next=%2F/);
    await expect(page.getByRole('heading', { name: '联查 · 部门工作门户' })).toBeVisible();
    await keepScreenshot(page, 'agency-login');
  });

  test('a wrong password is refused in Chinese and the typed username is kept', async ({ page }) => {
    await page.goto(urls.agency + '/login');
    await hydrated(page);
    await page.getByLabel('用户名').fill('yjj.coord');
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByTestId('login-error')).toHaveText('用户名或密码错误');
    await expect(page.getByLabel('用户名')).toHaveValue('yjj.coord');
    await expect(page).toHaveURL(/\/login/);
    await keepScreenshot(page, 'agency-login-error');
  });

  test('the coordinator of 应急管理局 logs in, sees who is logged in, and logs out', async ({ page, context }) => {
    await login(page, urls.agency, 'yjj.coord');
    await expect(page.getByTestId('current-user')).toContainText('漳平市应急管理局');
    await expect(page.getByTestId('current-user')).toContainText('抽查协调员');
    await expect(page.getByTestId('welcome')).toContainText('您好');
    const cookie = (await context.cookies()).find((c) => c.name === 'liancha_session');
    expect(cookie?.httpOnly).toBe(true);
    await keepScreenshot(page, 'agency-home');

    await page.getByRole('button', { name: '退出登录' }).click();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('status')).toHaveText('您已安全退出');
    // The old token is revoked: restoring the cookie does not bring the session back.
    if (cookie) await context.addCookies([cookie]);
    await page.goto(urls.agency + '/');
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('status')).toContainText('请重新登录');
  });

  test('a partner agency inspector logs in to the same portal with his own agency', async ({ page }) => {
    await login(page, urls.agency, 'scj.insp1');
    await expect(page.getByTestId('current-user')).toContainText('市场监督管理局');
    await expect(page.getByTestId('current-user')).toContainText('执法检查人员');
  });

  test('a leadership-group member is sent to the leadership portal', async ({ page }) => {
    await submitLogin(page, urls.agency, 'ldxz.zhang');
    await expect(page.getByTestId('login-error')).toHaveText('该账号属于领导小组，请使用领导小组门户登录');
  });
});
