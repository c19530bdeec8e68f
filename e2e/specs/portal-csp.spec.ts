import { expect, test, type Page, type Response } from '@playwright/test';
import { violations, watchCsp } from '../fixtures/csp';
import { hydrated, login } from '../fixtures/login';
import { urls } from '../fixtures/platform';

/**
 * Every portal's main pages load with the Content-Security-Policy in force (nonces, no inline
 * script allowed), nothing is refused by it, and the client code still runs: hydration,
 * client-side navigation and, on the public portal, a draw verified in a Web Worker.
 */

function directive(policy: string, name: string): string {
  return (
    policy
      .split(';')
      .map((d) => d.trim())
      .find((d) => d === name || d.startsWith(`${name} `)) ?? ''
  );
}

function expectPolicy(response: Response | null, options: { worker?: boolean } = {}): string {
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  const policy = headers['content-security-policy'] ?? '';
  expect(directive(policy, 'default-src')).toBe("default-src 'self'");
  expect(directive(policy, 'script-src')).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]+'$/);
  expect(directive(policy, 'style-src')).not.toContain('unsafe-inline');
  expect(directive(policy, 'object-src')).toBe("object-src 'none'");
  expect(directive(policy, 'base-uri')).toBe("base-uri 'self'");
  expect(directive(policy, 'form-action')).toBe("form-action 'self'");
  expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
  expect(directive(policy, 'connect-src')).toBe("connect-src 'self'");
  if (options.worker) expect(directive(policy, 'worker-src')).toBe("worker-src 'self'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  return policy;
}

/** Open a page as a new document, check its policy, wait for hydration, and see no refusal. */
async function visit(page: Page, url: string, options: { worker?: boolean } = {}): Promise<string> {
  const policy = expectPolicy(await page.goto(url), options);
  await hydrated(page);
  expect(await violations(page), url).toEqual([]);
  return policy;
}

/** Follow a link of the main navigation without a page load (SvelteKit's client router). */
async function navigateInPage(page: Page, href: string): Promise<void> {
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  await page.locator(`nav[aria-label="主导航"] a[href="${href}"]`).click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/\//g, '\\/')}$`));
  await expect(page.locator(`nav[aria-label="主导航"] a[href="${href}"]`)).toHaveAttribute('aria-current', 'page');
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  expect(await violations(page)).toEqual([]);
}

test.describe('Content-Security-Policy on the three portals', () => {
  test('部门工作门户: login and the main pages', async ({ browser }) => {
    const context = await browser.newContext();
    const { problems } = await watchCsp(context);
    const page = await context.newPage();
    const first = await visit(page, urls.agency + '/login');
    const second = await visit(page, urls.agency + '/login');
    expect(directive(first, 'script-src')).not.toBe(directive(second, 'script-src')); // a fresh nonce per page
    await login(page, urls.agency, 'yjj.coord');
    for (const path of ['/', '/registry', '/tasks', '/checks', '/hazards', '/plans', '/publications']) await visit(page, urls.agency + path);
    await visit(page, urls.agency + '/tasks');
    const task = await page
      .locator('a[href^="/tasks/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!).find((href) => /^\/tasks\/[0-9a-f-]{36}$/.test(href)));
    expect(task).toBeTruthy();
    await visit(page, urls.agency + task!);
    await navigateInPage(page, '/plans');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('领导小组门户: login and the dashboard', async ({ browser }) => {
    const context = await browser.newContext();
    const { problems } = await watchCsp(context);
    const page = await context.newPage();
    await visit(page, urls.leadership + '/login');
    await login(page, urls.leadership, 'ldxz.zhang');
    await visit(page, urls.leadership + '/');
    await expect(page.getByTestId('current-user')).toContainText('领导小组成员');
    await navigateInPage(page, '/agencies');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('信息公示门户: home, region, publications, a draw, and its verification in a Web Worker', async ({ browser }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext();
    const { problems } = await watchCsp(context);
    const page = await context.newPage();
    await visit(page, urls.public + '/');
    await visit(page, urls.public + '/r/350881');
    await visit(page, urls.public + '/r/350881/p?kind=joint_task');
    const href = await page.getByTestId('publications').locator('tbody tr a[href*="/p/"]').first().getAttribute('href');
    expect(href).toMatch(/\/r\/350881\/p\/[0-9a-f-]{36}$/);
    await visit(page, urls.public + href!);
    await visit(page, urls.public + '/verify', { worker: true });
    await visit(page, urls.public + '/r/350881/self-check', { worker: true });
    await visit(page, `${urls.public}${href}/verify`, { worker: true });
    const worker = page.waitForEvent('worker');
    await page.getByTestId('verify-start').click();
    await worker;
    await expect(page.getByTestId('verify-word')).toHaveText('一致', { timeout: 30_000 });
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
