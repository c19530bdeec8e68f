import { expect, test } from '@playwright/test';
import { hydrated, submit } from '../fixtures/agency';
import { violations, watchCsp } from '../fixtures/csp';
import { finishVisit, grantRecusal, noticedCheck } from '../fixtures/enterprise';
import { horizontalOverflow } from '../fixtures/layout';
import { fits, PHONE } from '../fixtures/phone';
import { urls } from '../fixtures/platform';
import { keepScreenshot } from '../fixtures/screenshot';

const REFUSAL = '统一社会信用代码与激活码不匹配，或激活码已使用、已过期';

/**
 * 企业专区 on a phone: the enterprise enters with the code of its 检查通知书, reads its check and
 * team, its ticket in the published draw, asks an officer to withdraw (granted by the officer's
 * head, the team re-formed), rates and complains after the visit, and leaves.
 */
test.describe('信息公示门户 企业专区', () => {
  test('from the notice’s activation code through 回避, the draw’s ticket and a rating to logout, at 390 px', async ({ browser }) => {
    test.setTimeout(240_000);
    const check = await noticedCheck(browser);
    const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', hasTouch: true, isMobile: true });
    // The public portal's Content-Security-Policy holds on every page of the area.
    const { problems } = await watchCsp(context);
    const page = await context.newPage();
    const area = `${urls.public}/r/350881/enterprise`;
    const noSideways = async () => {
      expect(await horizontalOverflow(page), page.url()).toBeLessThanOrEqual(0);
      expect(await violations(page), page.url()).toEqual([]);
    };

    await test.step('the region’s navigation leads to the area; a dead session is forgotten; a wrong code is refused with the one refusal', async () => {
      await context.addCookies([{ name: 'liancha_session', value: `ent_${'A'.repeat(43)}`, url: urls.public }]);
      await page.goto(`${urls.public}/r/350881`);
      await page.getByRole('navigation', { name: '栏目' }).getByRole('link', { name: '企业专区' }).click();
      await expect(page).toHaveURL(/\/r\/350881\/enterprise$/);
      await hydrated(page);
      await expect(page.getByTestId('form-info')).toContainText('登录状态无效');
      expect((await context.cookies(urls.public)).map((c) => c.name)).not.toContain('liancha_session');
      await fits(page, area);
      // A USCC that cannot be one is said next to its field.
      await page.getByRole('textbox', { name: '统一社会信用代码' }).fill('91350881MA0000000');
      await page.getByRole('textbox', { name: '激活码' }).fill(check.activationCode);
      await submit(page, page.getByRole('button', { name: '进入企业专区' }), /\?\/activate$/);
      await expect(page.getByRole('textbox', { name: '统一社会信用代码' })).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#f-uscc-error')).not.toBeEmpty();
      await page.getByRole('textbox', { name: '统一社会信用代码' }).fill(check.uscc);
      await page.getByRole('textbox', { name: '激活码' }).fill('ABCD-EFGH-JKMN-PQRS');
      await submit(page, page.getByRole('button', { name: '进入企业专区' }), /\?\/activate$/);
      await expect(page.getByTestId('form-error')).toContainText(REFUSAL);
      await expect(page.getByRole('textbox', { name: '统一社会信用代码' })).toHaveValue(check.uscc);
      await expect(page.getByRole('textbox', { name: '激活码' })).toHaveValue('');
      await noSideways();
    });

    await test.step('the notice’s code, typed loosely, enters: the record shows the check, its 检查码 and its team', async () => {
      await page.getByRole('textbox', { name: '激活码' }).fill(check.activationCode.toLowerCase().replace(/-/g, ' '));
      await submit(page, page.getByRole('button', { name: '进入企业专区' }), /\/r\/350881\/enterprise$/);
      await expect(page.getByTestId('enterprise-name')).toHaveText(check.objectName);
      const record = page.getByTestId('drawn-check').filter({ hasText: check.taskTitle });
      await expect(record).toContainText('已通知');
      for (const member of check.team) await expect(record.getByTestId('check-team')).toContainText(member.certificateNo);
      await noSideways();
      await keepScreenshot(page, 'phone-enterprise-record');
      // Its 检查码 opens the public check page, which leads back to the area.
      await record.getByRole('link', { name: /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/ }).click();
      await expect(page).toHaveURL(/\/r\/350881\/inspection\/[0-9A-Z-]{14}$/);
      await expect(page.getByTestId('inspection-officers')).toBeVisible();
      await page.getByTestId('enterprise-area-link').getByRole('link', { name: '企业专区' }).click();
      await expect(page).toHaveURL(/\/r\/350881\/enterprise$/);
      await expect(page.getByTestId('enterprise-name')).toHaveText(check.objectName);
    });

    await test.step('the draw shows its ticket under the cut-off and verifies in the browser', async () => {
      await page.getByRole('navigation', { name: '企业专区栏目' }).getByRole('link', { name: '抽查记录' }).click();
      await expect(page).toHaveURL(/\/enterprise\/draws$/);
      await hydrated(page);
      await fits(page, page.url());
      const draw = page.getByTestId('enterprise-draw').filter({ hasText: check.taskTitle });
      await expect(draw.getByTestId('draw-standing')).toContainText('抽中');
      const ticket = (await draw.getByTestId('draw-ticket').textContent())!.trim();
      const cutOff = (await draw.getByTestId('draw-cut-off').textContent())!.trim();
      expect(ticket).toMatch(/^[0-9a-f]{64}$/);
      expect(cutOff).toMatch(/^[0-9a-f]{64}$/);
      expect(ticket <= cutOff).toBe(true);
      await keepScreenshot(page, 'phone-enterprise-draws');
      await draw.getByTestId('draw-verify').click();
      await expect(page).toHaveURL(/\/r\/350881\/p\/[0-9a-f-]{36}\/verify$/);
      await hydrated(page);
      await page.getByTestId('verify-start').click();
      await expect(page.getByTestId('verify-word')).toHaveText('一致', { timeout: 30_000 });
    });

    let recused = '';
    await test.step('回避: the enterprise names an officer of 应急管理局; the head grants it and the team is re-formed', async () => {
      await fits(page, `${area}/recusals`);
      const form = page.getByTestId('recusal-form').filter({ hasText: check.taskTitle });
      const officer = form.locator('label.lc-choice', { hasText: '应急管理局' }).first();
      recused = (await officer.textContent())!.split('（')[0]!.trim();
      expect(check.team.map((m) => m.name)).toContain(recused);
      await officer.getByRole('radio').check();
      await form.getByLabel('申请回避的理由').fill('该执法人员的配偶在本企业任财务负责人');
      await keepScreenshot(page, 'phone-enterprise-recusal');
      await submit(page, form.getByRole('button', { name: '提交回避申请' }), /saved=requested/);
      await expect(page.getByTestId('form-ok')).toContainText('回避申请已提交');
      await expect(page.getByTestId('recusal-list')).toContainText(recused);
      await expect(page.getByTestId('recusal-list')).toContainText('待决定');
      await noSideways();

      const replacement = await grantRecusal('yjj.leader', check.uscc, recused);
      await page.reload();
      await expect(page.getByTestId('recusal-list')).toContainText('已准予回避');
      await expect(page.getByTestId('recusal-list')).toContainText('情况属实，准予回避');
      await fits(page, area);
      const team = page.getByTestId('drawn-check').filter({ hasText: check.taskTitle }).getByTestId('check-team');
      await expect(team).toContainText(replacement);
      await expect(team).not.toContainText(recused);
    });

    await test.step('after the visit: rated once (the form says who sees it) and a complaint', async () => {
      await finishVisit(check.checkId);
      await fits(page, `${area}/ratings`);
      await expect(page.getByTestId('rating-privacy')).toContainText('实施检查的部门和执法人员看不到您的评价');
      const card = page.getByTestId('rating-card').filter({ hasText: check.taskTitle });
      await card
        .getByRole('group', { name: /执法人员是否文明规范/ })
        .getByRole('radio', { name: '4 分' })
        .check();
      await card
        .getByRole('group', { name: /检查对生产经营的影响/ })
        .getByRole('radio', { name: '5 分' })
        .check();
      await card
        .getByRole('group', { name: /不当要求/ })
        .getByRole('radio', { name: '没有' })
        .check();
      await keepScreenshot(page, 'phone-enterprise-rating');
      await submit(page, card.getByRole('button', { name: '提交评价' }), /saved=rated/);
      await expect(page.getByTestId('form-ok')).toContainText('评价已提交');
      const after = page.getByTestId('rating-card').filter({ hasText: check.taskTitle });
      await expect(after.getByTestId('rating-form')).toHaveCount(0);
      await expect(after.getByTestId('rated')).toBeVisible();
      await after.getByLabel('投诉内容').fill('检查组要求我们购买指定品牌的灭火器');
      await submit(page, after.getByRole('button', { name: '提交投诉' }), /saved=complained/);
      await expect(page.getByTestId('form-ok')).toContainText('投诉已提交');
      await noSideways();
    });

    await test.step('the caps ledger fits; 退出 returns to the form and the area is closed', async () => {
      await fits(page, `${area}/caps`);
      await expect(page.getByTestId('enterprise-caps')).toContainText('应急管理局');
      await submit(page, page.getByRole('button', { name: '退出' }), /\/enterprise\?notice=logged_out$/);
      await expect(page.getByTestId('form-info')).toHaveText('您已退出企业专区');
      await expect(page.getByTestId('activation-form')).toBeVisible();
      await page.goto(`${area}/draws`);
      await expect(page).toHaveURL(/\/r\/350881\/enterprise$/);
      await expect(page.getByTestId('activation-form')).toBeVisible();
      await noSideways();
    });
    expect(problems).toEqual([]);
    await context.close();
  });
});
