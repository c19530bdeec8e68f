import { expect, request as playwrightRequest, test } from '@playwright/test';
import { hydrated } from '../fixtures/login';
import { DEMO_PASSWORD, ports, urls } from '../fixtures/platform';

/**
 * A portal opened at http://127.0.0.1:PORT works like one opened at http://localhost:PORT,
 * while form posts from any other origin (another site, another portal) stay refused.
 */
test.describe('portal origins', () => {
  test('the agency portal logs in at 127.0.0.1 too', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const origin = `http://127.0.0.1:${ports.agency}`;
    await page.goto(`${origin}/login`);
    await hydrated(page);
    await page.getByLabel('用户名').fill('yjj.coord');
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByTestId('current-user')).toContainText('漳平市应急管理局');
    expect(new URL(page.url()).origin).toBe(origin);
    await context.close();
  });

  test('cross-site form posts are refused (403)', async () => {
    const api = await playwrightRequest.newContext();
    const form = { username: 'yjj.coord', password: DEMO_PASSWORD };
    for (const [target, origin] of [
      [urls.agency, 'http://evil.example'],
      [urls.agency, urls.leadership],
      [`http://127.0.0.1:${ports.agency}`, 'http://evil.example'],
      [urls.leadership, 'http://evil.example'],
    ]) {
      const response = await api.post(`${target}/login`, { headers: { origin: origin! }, form, maxRedirects: 0 });
      expect(response.status(), `${origin} → ${target}`).toBe(403);
    }
    const plain = await api.post(`${urls.agency}/login`, {
      headers: { origin: 'http://evil.example', 'content-type': 'text/plain' },
      data: 'username=yjj.coord',
      maxRedirects: 0,
    });
    expect(plain.status()).toBe(403);
    const none = await api.post(`${urls.agency}/login`, { form, maxRedirects: 0 });
    expect(none.status(), 'a form post without an Origin header').toBe(403);
    await api.dispose();
  });
});
