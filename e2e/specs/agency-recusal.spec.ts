import { expect, test } from '@playwright/test';
import { agencyUser, beijingDate, hydrated, open, submit } from '../fixtures/agency';
import { apiAs } from '../fixtures/api';
import { drawnTaskOverApi } from '../fixtures/drawn-task-api';
import { enterpriseWithCode } from '../fixtures/enterprise-api';
import { horizontalOverflow } from '../fixtures/layout';
import { leadershipUser, openLeadership, rowFigures } from '../fixtures/leadership';
import { submitLogin } from '../fixtures/login';
import { fits, PHONE, phoneUser } from '../fixtures/phone';
import { urls } from '../fixtures/platform';
import { keepScreenshot } from '../fixtures/screenshot';

const CODE = /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;
const AREA = `${urls.public}/r/350881/enterprise`;

/**
 * The staff's side of the enterprise's own area: the notice's one-time code, a 回避 request granted
 * by the officer's head and the team re-formed, a code handed out by the agency's administrator,
 * and the ratings and complaints that only the leadership group reads.
 */
test.describe('企业专区 · 部门和领导小组', () => {
  test('a notice’s code, a 回避 granted by the officer’s head, a code slip from the admin, and the ratings only the leadership group reads', async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const today = beijingDate();
    const task = await drawnTaskOverApi(`工贸企业回避和评价联合抽查（${Date.now().toString(36)}）`, 5);
    const coordApi = await apiAs('yjj.coord');
    // Every notice carries a one-time code for the enterprise's area.
    const notices = new Map<string, { activationCode: string; activationExpiresOn: string }>();
    for (const check of task.checks) {
      const notice = await coordApi.mutate('checks.notify', { checkId: check.id, scheduledOn: today, materials: [], contact: '', note: '' });
      notices.set(check.id, notice as { activationCode: string; activationExpiresOn: string });
    }
    const a = task.checks[0]!;
    const coord = await agencyUser(browser, 'yjj.coord');

    await test.step('the notice prints the one-time code and the address of the enterprise area', async () => {
      const { activationCode, activationExpiresOn } = notices.get(a.id)!;
      expect(activationCode).toMatch(CODE);
      await open(coord, `/checks/${a.id}/notice`);
      const box = coord.getByTestId('notice-activation');
      await expect(box).toContainText(`企业专区激活码：${activationCode}（一次有效，至 ${activationExpiresOn}）`);
      await expect(box).toContainText(AREA);
    });

    const enterpriseA = await enterpriseWithCode(a.uscc, notices.get(a.id)!.activationCode);
    const record = (await enterpriseA.query('enterprise.record')) as {
      drawnChecks: { checkId: string; team: { inspectorId: string; name: string; agencyId: string; role: string }[] }[];
    };
    const officer = record.drawnChecks.find((c) => c.checkId === a.id)!.team.find((m) => m.agencyId === task.agencies.yjj.id && m.role !== 'expert')!;
    const reason = '该执法人员的配偶在本企业任财务负责人';
    await enterpriseA.mutate('enterprise.requestRecusal', { checkId: a.id, inspectorId: officer.inspectorId, reason });

    const head = await phoneUser(browser, 'agency', 'yjj.leader');
    await test.step('the head of the officer’s agency finds the request under 回避申请 on a phone, and the check it is about', async () => {
      await hydrated(head);
      await head.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '回避申请' }).click();
      await expect(head).toHaveURL(/\/recusals$/);
      await fits(head, head.url());
      const card = head.getByTestId('recusal').filter({ hasText: a.objectName });
      await expect(card).toHaveAttribute('data-status', 'pending');
      await expect(card.getByTestId('recusal-officer')).toContainText(officer.name);
      await expect(card).toContainText(reason);
      await card.getByRole('link').first().click();
      await expect(head).toHaveURL(new RegExp(`/checks/${a.id}$`));
      await expect(head.getByTestId('team')).toContainText(officer.name);
      await head.getByTestId('check-recusals').click();
      await expect(head).toHaveURL(new RegExp(`/recusals\\?check=${a.id}$`));
      await hydrated(head);
    });

    let replacement = '';
    await test.step('the head grants it with a note and sees who took the seat; the check’s team no longer lists the officer', async () => {
      await expect(head.getByTestId('recusal')).toHaveCount(1);
      const card = head.getByTestId('recusal');
      await card.getByLabel('说明').fill('情况属实，准予回避');
      await submit(head, card.getByRole('button', { name: '准予回避' }), new RegExp(`/recusals\\?check=${a.id}&/decide$`));
      const done = head.getByTestId('form-ok');
      await expect(done).toContainText(`已准予回避：${officer.name}不再参加${a.objectName}的检查，由`);
      replacement = /由(.+?)接替/.exec((await done.textContent()) ?? '')![1]!;
      expect(replacement).not.toBe(officer.name);
      await expect(card).toHaveAttribute('data-status', 'granted');
      await expect(card).toContainText('情况属实，准予回避');
      await expect(card.getByRole('button', { name: '准予回避' })).toHaveCount(0);
      await keepScreenshot(head, 'agency-recusal-granted');
      await card.getByRole('link').first().click();
      await expect(head).toHaveURL(new RegExp(`/checks/${a.id}$`));
      const team = head.getByTestId('team');
      await expect(team).toContainText(replacement);
      await expect(team).not.toContainText(officer.name);
    });

    // An enterprise 应急局 and 消防救援大队 both supervise: the admin's slip opens its area, and 消防 checks it alone.
    const xf = await apiAs('xf.coord');
    const { rows: shared } = (await xf.query('registry.objects.list', {
      pageSize: 1,
      filter: { supervisedBy: task.agencies.yjj.id, statuses: ['operating'] },
    })) as { rows: { id: string; name: string; uscc: string }[] };
    const e = shared[0]!;
    let slipCode = '';
    await test.step('an agency admin issues a code on the enterprise’s page and sees it once, on a slip (a phone without JavaScript)', async () => {
      const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', isMobile: true, javaScriptEnabled: false });
      const admin = await context.newPage();
      await submitLogin(admin, urls.agency, 'yjj.admin', { javaScript: false });
      await expect(admin).not.toHaveURL(/\/login/);
      await fits(admin, `${urls.agency}/registry/objects/${e.id}`);
      await admin.getByRole('button', { name: '发放企业专区激活码' }).click();
      await expect(admin).toHaveURL(new RegExp(`/registry/objects/${e.id}/activation$`));
      expect(await horizontalOverflow(admin)).toBeLessThanOrEqual(0);
      const slip = admin.getByTestId('activation-slip');
      await expect(slip).toContainText(e.name);
      await expect(slip).toContainText(e.uscc);
      await expect(admin.getByTestId('activation-area')).toHaveText(AREA);
      slipCode = ((await admin.getByTestId('activation-code').textContent()) ?? '').trim();
      expect(slipCode).toMatch(CODE);
      await keepScreenshot(admin, 'agency-activation-slip');
      await admin.context().close();
    });

    await test.step('a coordinator sees no issue button', async () => {
      await open(coord, `/registry/objects/${e.id}`);
      await expect(coord.getByRole('heading', { level: 1 })).toHaveText(e.name);
      await expect(coord.getByRole('button', { name: '发放企业专区激活码' })).toHaveCount(0);
    });

    await test.step('five enterprises rate their finished checks and one complains; 消防 is rated once', async () => {
      const scores = [
        { conduct: 5, burden: 3, improper: true },
        { conduct: 4, burden: 4, improper: false },
        { conduct: 5, burden: 3, improper: false },
        { conduct: 4, burden: 4, improper: false },
        { conduct: 5, burden: 5, improper: false },
      ];
      for (const [i, check] of task.checks.entries()) {
        await coordApi.mutate('checks.start', { checkId: check.id, on: today });
        await coordApi.mutate('checks.finish', { checkId: check.id, on: today });
        const own = i === 0 ? enterpriseA : await enterpriseWithCode(check.uscc, notices.get(check.id)!.activationCode);
        await own.mutate('enterprise.rate', { checkKind: 'drawn', checkId: check.id, ...scores[i]! });
        if (i === 0) await own.mutate('enterprise.complain', { checkKind: 'drawn', checkId: check.id, body: '检查组要求我们购买指定厂家的灭火器' });
      }
      // 消防's own 个案检查 of the shared enterprise: one rating, too few to show.
      const xfId = ((await xf.query('auth.me')) as { user: { agency: { id: string } } }).user.agency.id;
      const { rows: inspectors } = (await xf.query('registry.inspectors.list', {
        pageSize: 20,
        filter: { agencyId: xfId, statuses: ['on_duty'], validOn: today },
      })) as { rows: { id: string; isExpert: boolean }[] };
      const { id } = (await xf.mutate('caseChecks.request', {
        objectId: e.id,
        trigger: 'complaint',
        reason: '群众投诉该企业消防通道堵塞',
        legalBasis: '《中华人民共和国消防法》第五十三条',
        windowFrom: today,
        windowTo: beijingDate(2),
        officerIds: inspectors
          .filter((r) => !r.isExpert)
          .slice(0, 2)
          .map((r) => r.id),
      })) as { id: string };
      await (await apiAs('xf.leader')).mutate('caseChecks.approve', { id });
      await xf.mutate('caseChecks.complete', { id, endedOn: today, findings: '未发现问题' });
      await (await enterpriseWithCode(e.uscc, slipCode)).mutate('enterprise.rate', { checkKind: 'case', checkId: id, conduct: 2, burden: 2, improper: false });
    });

    await test.step('the leadership group reads 检查评价: averages from five ratings, only the count below, and the complaint', async () => {
      const leader = await leadershipUser(browser);
      await leader.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '检查评价' }).click();
      await expect(leader).toHaveURL(/\/ratings$/);
      const row = (name: string) => leader.locator(`[data-testid="rating-row"][data-name="${name}"]`);
      for (const agency of [task.agencies.yjj.name, task.agencies.scj.name]) {
        expect(await rowFigures(row(agency), ['ratings', 'conduct', 'burden', 'improper'])).toEqual({
          ratings: '5',
          conduct: '4.6',
          burden: '3.8',
          improper: '1',
        });
      }
      const small = leader.locator('[data-testid="rating-row"]').filter({ hasText: '消防' });
      expect(await rowFigures(small, ['ratings', 'hidden'])).toEqual({ ratings: '1', hidden: '不足5条，不予显示' });
      // Each rating once for the region: the five joint checks' (given to both agencies) and 消防's.
      await expect(leader.getByTestId('rating-region').locator('[data-field="ratings"]')).toHaveText('6');
      const complaint = leader.getByTestId('complaints').locator('tbody tr').filter({ hasText: '检查组要求我们购买指定厂家的灭火器' });
      await expect(complaint).toContainText(a.objectName);
      await keepScreenshot(leader, 'leadership-ratings');
      // The year picker: a year without ratings shows none.
      await openLeadership(leader, '/ratings?year=2020');
      await expect(leader.getByTestId('rating-table')).toContainText('本年度尚无评价');
      await leader.context().close();
    });

    await test.step('the agency portal has no 检查评价, not even for the head of the rated agency', async () => {
      await open(head, '/');
      await expect(head.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '检查评价' })).toHaveCount(0);
      const response = await head.goto(`${urls.agency}/ratings`);
      expect(response?.status()).toBe(404);
    });

    await head.context().close();
    await coord.context().close();
  });
});
