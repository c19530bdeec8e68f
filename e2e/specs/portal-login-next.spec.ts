import { expect, request as playwrightRequest, test } from '@playwright/test';
import { hydrated } from '../fixtures/login';
import { DEMO_PASSWORD, urls } from '../fixtures/platform';

/**
 * The login page's `?next=` cannot send a user to another site: values the browser would read
 * as another host (a tab or newline it strips, `/.//`) land on the portal's own home page, and a
 * path of the portal is still honoured.
 */
const portals = [
  { name: '部门工作门户', url: urls.agency, username: 'yjj.coord', keep: '/plans?year=2020' },
  { name: '领导小组门户', url: urls.leadership, username: 'ldxz.zhang', keep: '/agencies' },
];

test.describe('login ?next= stays on the portal', () => {
  for (const portal of portals) {
    test(portal.name, async ({ browser }) => {
      const origin = new URL(portal.url).origin;
      const next = '/%09/evil.example/phish';
      const context = await browser.newContext();
      const page = await context.newPage();
      // Where the browser went (a redirect off the portal would end on Chromium's error page, there being no network).
      const visited: string[] = [];
      page.on('request', (request) => visited.push(request.url()));
      await page.goto(`${portal.url}/login?next=${next}`);
      await hydrated(page);
      await page.getByLabel('用户名').fill(portal.username);
      await page.getByLabel('密码').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: '登录' }).click();
      await expect(page).not.toHaveURL(/\/login/);
      expect(visited.filter((url) => /^https?:/.test(url) && new URL(url).origin !== origin)).toEqual([]);
      expect(page.url()).toBe(`${origin}/`);
      await expect(page.getByTestId('current-user')).toBeVisible();
      await context.close();

      // Where the login answer sends the browser for other values (no browser needed to read a Location).
      const api = await playwrightRequest.newContext();
      for (const [value, expected] of [
        ['/%0a/evil.example/phish', '/'],
        ['/.//evil.example', '/'],
        ['%2F%5C%2Fevil.example', '/'],
        [encodeURIComponent(portal.keep), portal.keep],
      ]) {
        const response = await api.post(`${portal.url}/login?next=${value}`, {
          headers: { origin, accept: 'text/html' },
          form: { username: portal.username, password: DEMO_PASSWORD },
          maxRedirects: 0,
        });
        expect(response.status(), value).toBe(303);
        expect(response.headers().location, value).toBe(expected);
      }
      await api.dispose();
    });
  }
});
