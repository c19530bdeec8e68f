import { expect, test } from '@playwright/test';
import { apiAs } from '../fixtures/api';
import { urls } from '../fixtures/platform';
import { fits, PHONE, phoneUser } from '../fixtures/phone';
import { keepScreenshot } from '../fixtures/screenshot';

test.describe('phones: every main page at 390 px', () => {
  test('the agency portal', async ({ browser }) => {
    const page = await phoneUser(browser, 'agency', 'yjj.coord');
    const base = urls.agency;
    const firstLink = async (path: string, pattern: RegExp) => {
      await page.goto(base + path);
      const href = await page
        .locator(`main a[href]`)
        .evaluateAll((links, source) => links.map((a) => a.getAttribute('href') ?? '').find((h) => new RegExp(source).test(h)) ?? null, pattern.source);
      return href ? base + href : null;
    };
    const detail = {
      object: await firstLink('/registry', /^\/registry\/objects\/[0-9a-f-]{36}$/),
      inspector: await firstLink('/registry/inspectors', /^\/registry\/inspectors\/[0-9a-f-]{36}$/),
      task: await firstLink('/tasks', /^\/tasks\/[0-9a-f-]{36}$/),
      hazard: await firstLink('/hazards', /^\/hazards\/[0-9a-f-]{36}$/),
      check: await firstLink('/checks', /^\/checks\/[0-9a-f-]{36}$/),
      // Pages that say who acts next.
      plan: await firstLink('/plans', /^\/plans\/[0-9a-f-]{36}$/),
      sanction: await firstLink('/sanctions', /^\/sanctions\/[0-9a-f-]{36}$/),
      note: await firstLink('/notes', /^\/notes\/[0-9a-f-]{36}$/),
      caseCheck: await firstLink('/case-checks', /^\/case-checks\/[0-9a-f-]{36}$/),
      campaign: await firstLink('/campaigns', /^\/campaigns\/[0-9a-f-]{36}$/),
    };
    const paths = [
      '/',
      '/registry',
      '/registry/objects',
      '/registry/inspectors',
      '/registry/items',
      '/registry/imports',
      '/plans',
      '/tasks',
      '/checks',
      '/recusals',
      '/case-checks',
      '/case-checks/new',
      '/campaigns',
      '/campaigns/new',
      '/caps',
      '/hazards',
      '/follow-ups',
      '/sanctions',
      '/publications',
      '/notes',
      '/calendar',
      '/notifications',
    ].map((p) => base + p);
    for (const url of Object.values(detail)) if (url) paths.push(url);
    // The 行政检查审批 form, as it opens from an enterprise's page.
    if (detail.object) paths.push(`${base}/case-checks/new?object=${detail.object.split('/').pop()}`);
    // The page of an enterprise's 企业专区激活码 (the slip itself: specs/agency-recusal.spec.ts).
    if (detail.object) paths.push(`${detail.object}/activation`);
    if (detail.task) paths.push(`${detail.task}/matrix`, `${detail.task}/checks`, `${detail.task}/checks/print`);
    // The task's draw: the ceremony, and what it shows while a job runs.
    // (Specs before this one add tasks not drawn yet: the first of the list with a draw.)
    await page.goto(base + '/tasks');
    const tasks = await page
      .locator('main a[href]')
      .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href') ?? '').filter((h) => /^\/tasks\/[0-9a-f-]{36}$/.test(h)))]);
    let draw: string | null = null;
    for (const task of tasks) {
      draw = await firstLink(task, /^\/draws\/[0-9a-f-]{36}$/);
      if (draw) break;
    }
    expect(draw, 'a demo task links its draw').not.toBeNull();
    paths.push(draw!);
    for (const url of paths) await fits(page, url);
    // A USCC stays on one line in the directory.
    await page.goto(base + '/registry/objects');
    const lines = await page
      .locator('main td.lc-mono')
      .first()
      .evaluate((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        return new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size;
      });
    expect(lines).toBe(1);
    await keepScreenshot(page, 'phone-agency-registry');
  });

  test('the leadership portal', async ({ browser }) => {
    const page = await phoneUser(browser, 'leadership', 'ldxz.zhang');
    for (const path of [
      '/',
      '/agencies',
      '/hazards',
      '/case-checks',
      '/campaigns',
      '/campaigns/quotas',
      '/caps',
      '/ratings',
      '/recusals',
      '/inspectors',
      '/overdue',
      '/notes',
      '/notifications',
    ])
      await fits(page, urls.leadership + path);
    // A 个案检查 (the agency spec before this one files and approves one).
    await page.goto(urls.leadership + '/case-checks');
    const caseCheck = await page
      .locator('main a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '').find((h) => /^\/case-checks\/[0-9a-f-]{36}$/.test(h)) ?? null);
    expect(caseCheck, 'the agency spec filed a case check').not.toBeNull();
    await fits(page, urls.leadership + caseCheck!);
    // The demo year's charts: every bar's label starts inside the chart (a long name is shortened, not cut).
    await page.goto(urls.leadership + '/?year=2020');
    const labels = page.locator('svg .lc-chart-label');
    expect(await labels.count()).toBeGreaterThan(5);
    const starts = await labels.evaluateAll((texts) => texts.map((t) => (t as SVGTextElement).getBBox().x));
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(0);
    await keepScreenshot(page, 'phone-leadership-dashboard');
  });

  test('the public portal', async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', hasTouch: true, isMobile: true });
    const page = await context.newPage();
    // The 企业专区's pages behind its activation code are checked at 390 px by enterprise-area.spec.ts.
    for (const path of [
      '/',
      '/r/350881',
      '/r/350881/p',
      '/verify',
      '/r/350881/audit',
      '/r/350881/inspection',
      '/r/350881/campaigns',
      '/r/350881/caps',
      '/r/350881/enterprise',
      '/r/350881/self-check',
    ])
      await fits(page, urls.public + path);
    // A 检查码 as the enterprise opens it at its door (the agency spec before this one approved a check).
    const { rows } = (await (await apiAs('yjj.coord')).query('caseChecks.list', { filter: { statuses: ['done'] } })) as {
      rows: { inspectionCode: string | null }[];
    };
    const code = rows.find((r) => r.inspectionCode)?.inspectionCode;
    expect(code, 'the agency spec approved a case check').toBeTruthy();
    await fits(page, `${urls.public}/r/350881/inspection/${code}`);
    await expect(page.getByTestId('inspection-officers')).toBeVisible();
    // A task notice with its proof's digest and size, and its verification page.
    await page.goto(urls.public + '/r/350881/p?kind=joint_task');
    const notice = await page
      .locator('main a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '').find((h) => /^\/r\/350881\/p\/[0-9a-f-]{36}$/.test(h)) ?? null);
    expect(notice, 'the demo published its tasks').not.toBeNull();
    await fits(page, urls.public + notice!);
    await expect(page.getByTestId('bundle-size')).toBeVisible();
    await keepScreenshot(page, 'phone-public-task-notice');
    await fits(page, `${urls.public + notice!}/verify`);
    // A page of 20 publications reads as cards, one under another, not as a squeezed four-column table.
    await page.goto(urls.public + '/r/350881/p');
    await keepScreenshot(page, 'phone-public-list');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(4000);
  });
});
