import { expect, test, type Page } from '@playwright/test';
import { agencyUser, open, submit } from '../fixtures/agency';
import { apiAs } from '../fixtures/api';
import { leadershipUser, openLeadership } from '../fixtures/leadership';

/** The header's unread badge, as a number (no badge: none unread). */
async function unread(page: Page): Promise<number> {
  const badge = page.getByTestId('inbox-unread');
  return (await badge.count()) === 0 ? 0 : Number(await badge.textContent());
}

test.describe('通知', () => {
  test('a 督办单 reaches the agency’s header badge and list, opens where it leads, and its answer reaches the leadership member', async ({ browser }) => {
    const xf = await agencyUser(browser, 'xf.coord');
    const before = await unread(xf);
    const leader = await apiAs('ldxz.li');
    const directory = (await leader.query('reference.directory')) as { agencies: { id: string; code: string }[] };
    const subject = `通知测试督办（${Date.now().toString(36)}）`;
    const { id } = (await leader.mutate('supervisionNotes.create', {
      toAgencyId: directory.agencies.find((a) => a.code === 'xf')!.id,
      subject,
      body: '请报告消防检查进展。',
      dueOn: null,
    })) as { id: string };

    await open(xf, '/');
    await expect(xf.getByTestId('inbox-unread')).toHaveText(String(before + 1));
    await xf.getByTestId('inbox-link').click();
    await expect(xf).toHaveURL(/\/notifications$/);
    const first = xf.getByTestId('notifications').locator('li').first();
    await expect(first).toContainText(`领导小组督办：${subject}`);
    await submit(xf, first.getByRole('button'), new RegExp(`/notes/${id}$`));
    expect(await unread(xf)).toBe(before);

    // E-mail is off on this platform: the page says so, and takes an address for when it is on.
    await open(xf, '/notifications');
    const email = xf.getByTestId('email-form');
    await expect(email).toContainText('平台尚未配置邮件服务器');
    await email.getByLabel('邮箱地址').fill('xf-coord@');
    await submit(xf, email.getByRole('button', { name: '保存邮箱' }), /\?\/email$/);
    await expect(xf.locator('#f-email-error')).toContainText('请填写有效的邮箱地址');
    await xf.getByTestId('email-form').getByLabel('邮箱地址').fill('xf-coord@zhangping.gov.cn');
    await submit(xf, xf.getByTestId('email-form').getByRole('button', { name: '保存邮箱' }), /saved=email/);
    await expect(xf.getByTestId('form-ok')).toHaveText('已保存邮箱 xf-coord@zhangping.gov.cn');

    await (await apiAs('xf.coord')).mutate('supervisionNotes.respond', { id, response: '已部署检查' });
    const li = await leadershipUser(browser, { username: 'ldxz.li' });
    await openLeadership(li, '/notifications');
    await expect(li.getByTestId('notifications').locator('li').first()).toContainText(`漳平市消防救援大队已答复督办单：${subject}`);
    expect(await unread(li)).toBeGreaterThan(0);
    await li.getByRole('button', { name: '全部标为已读' }).click();
    await expect(li).toHaveURL(/\/notifications$/);
    await expect(li.getByTestId('inbox-unread')).toHaveCount(0);
    await xf.context().close();
    await li.context().close();
  });
});
