import { expect, test, type Page } from '@playwright/test';
import { hydrated } from '../fixtures/login';
import { DEMO_PASSWORD, urls } from '../fixtures/platform';
import { keepScreenshot } from '../fixtures/screenshot';
import { horizontalOverflow } from '../fixtures/layout';

const VICTIM = 'yjj.insp2';
// The wrong passwords come "from" a documentation address (only a header the API believes from a
// process on its loopback, like a portal), so the browser's own address keeps its count clean for the other specs.
const ATTACKER = '198.51.100.23';

/**
 * Ten wrong passwords straight at the API, each after the wait the API asks for (the platform runs
 * with LOGIN_DELAY_BASE_MS=100, so 0.1 + 0.2 + … s, rounded up to whole seconds by Retry-After:
 * the server's clock cannot be moved here, so the spec obeys Retry-After as a client must).
 */
async function lockAccount(username: string): Promise<void> {
  for (let failure = 1; failure <= 10; failure++) {
    for (;;) {
      const response = await fetch(`${urls.api}/trpc/auth.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-liancha-client-ip': ATTACKER },
        body: JSON.stringify({ json: { username, password: `wrong-${failure}` } }),
      });
      if (response.status === 401) break;
      expect(response.status, `attempt ${failure}`).toBe(429);
      await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get('retry-after')) * 1000));
    }
  }
}

async function tryLogin(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

test.describe('部门工作门户 login lock', () => {
  test('a locked account is refused with the wait in Chinese; its agency admin lifts the lock on a phone without JavaScript', async ({ browser, page }) => {
    test.setTimeout(120_000);
    await lockAccount(VICTIM);

    // The right password is refused while the lock lasts, and the page says for how long.
    await page.goto(urls.agency + '/login');
    await hydrated(page);
    await tryLogin(page, VICTIM, DEMO_PASSWORD);
    await expect(page.getByTestId('login-error')).toHaveText(/^登录尝试过于频繁，请在 1[45] 分 \d+ 秒后再试。该账号已被临时锁定，也可请本单位管理员解除锁定$/);
    await expect(page.getByLabel('用户名')).toHaveValue(VICTIM);
    await keepScreenshot(page, 'agency-login-locked');

    // The agency admin, on a 390 px phone, without client JavaScript, from the keyboard.
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const admin = await context.newPage();
    await admin.goto(urls.agency + '/login');
    await tryLogin(admin, 'yjj.admin', DEMO_PASSWORD);
    await expect(admin.getByTestId('welcome')).toContainText('您好');
    await admin.goto(urls.agency + '/users/locks');
    const card = admin.getByTestId(`lock-${VICTIM}`);
    await expect(card).toContainText('吴丽萍');
    await expect(card).toContainText(/连续失败\s*10 次/);
    const overflow = await horizontalOverflow(admin);
    expect(overflow).toBeLessThanOrEqual(1);
    await keepScreenshot(admin, 'agency-login-locks-phone');

    await card.getByRole('button', { name: `解除 吴丽萍（${VICTIM}）的登录锁定` }).focus();
    await admin.keyboard.press('Enter');
    await expect(admin.getByTestId('form-ok')).toHaveText('已解除登录锁定，该账号现在可以重新登录');
    await expect(admin.getByTestId('locks-empty')).toBeVisible();
    await context.close();

    // The lock is gone: the right password works at once.
    await tryLogin(page, VICTIM, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/\/login/);
    await expect(page.getByTestId('current-user')).toContainText('吴丽萍');
  });
});
