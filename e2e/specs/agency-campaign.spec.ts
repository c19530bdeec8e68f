import { expect, test } from '@playwright/test';
import { agencyUser, beijingDate, open, submit } from '../fixtures/agency';
import { apiAs } from '../fixtures/api';
import { leadershipUser, openLeadership } from '../fixtures/leadership';
import { urls } from '../fixtures/platform';
import { keepScreenshot } from '../fixtures/screenshot';

test.describe('专项检查', () => {
  test('the coordinator plans a campaign, the leadership group approves and files it, the agency publishes it on the public portal, a check under it is approved with its 检查码; beyond the quota submission is refused', async ({
    browser,
  }) => {
    const year = beijingDate(0).slice(0, 4);
    const name = `${year}年燃气安全专项检查${Date.now().toString(36)}`;
    const coordApi = await apiAs('yjj.coord');
    const { user } = (await coordApi.query('auth.me')) as { user: { agency: { id: string } } };
    const yjj = user.agency.id;
    // Room in the year's quota whatever ran before (the refusal is tried at the end).
    await (await apiAs('ldxz.zhang')).mutate('campaigns.setQuota', { agencyId: yjj, year: Number(year), quota: 100 });

    const coord = await agencyUser(browser, 'yjj.coord');
    await open(coord, '/campaigns');
    await coord.getByRole('link', { name: '制定专项检查计划' }).click();
    await coord.waitForURL(/\/campaigns\/new/);
    await open(coord, coord.url());
    await coord.getByLabel('名称').fill(name);
    await coord.getByLabel('检查依据').fill('《城镇燃气管理条例》第四十一条');
    await coord.getByLabel('检查内容').fill('餐饮场所燃气使用安全、燃气报警装置');
    await coord.getByLabel('检查对象说明').fill('辖区餐饮企业');
    await coord.getByLabel('检查开始日期').fill(beijingDate(0));
    await coord.getByLabel('检查结束日期').fill(`${year}-12-31`);
    await submit(coord, coord.getByRole('button', { name: '保存草稿' }), /\/campaigns\/[0-9a-f-]{36}\?saved=created/);
    const detail = coord.url().split('?')[0]!;
    await submit(coord, coord.getByRole('button', { name: '提交领导小组审批' }), /saved=submit/);
    await expect(coord.getByTestId('next-step')).toContainText('等待领导小组审批检查计划');

    const group = await leadershipUser(browser, { username: 'ldxz.zhang' });
    await openLeadership(group, '/campaigns');
    await group.getByRole('table').getByRole('link', { name }).click();
    await group.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
    await openLeadership(group, new URL(group.url()).pathname);
    await group.getByLabel('审批意见（可不填）').fill('同意开展');
    await submit(group, group.getByRole('button', { name: '批准', exact: true }), /saved=approve/);
    await group.getByLabel('备案号').fill(`漳专备〔${year}〕8号`);
    await group.getByLabel('备案机关').fill('漳平市人民政府');
    await submit(group, group.getByRole('button', { name: '登记备案' }), /saved=file/);
    await expect(group.getByTestId('campaign-facts')).toContainText(`漳专备〔${year}〕8号`);

    await open(coord, detail);
    await expect(coord.getByTestId('campaign-publication')).toContainText('前公布');
    await submit(coord, coord.getByRole('button', { name: '公布', exact: true }), /saved=publish/);
    await expect(coord.getByTestId('campaign-facts')).toContainText('已公布');

    // The public portal lists it and shows the plan, its approval and 备案, without JavaScript.
    const visitor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await visitor.goto(`${urls.public}/r/350881/campaigns`);
    await visitor.getByTestId('public-campaigns').getByRole('link', { name }).click();
    await expect(visitor.getByTestId('campaign-facts')).toContainText('《城镇燃气管理条例》第四十一条');
    await expect(visitor.getByTestId('campaign-facts')).toContainText(`漳专备〔${year}〕8号`);
    await expect(visitor.getByTestId('campaign-facts')).toContainText('漳平市人民政府');
    await keepScreenshot(visitor, 'public-campaign');

    // A check under the campaign: no trigger, the campaign's basis; approved by the head, it gets its 检查码.
    const { rows } = (await coordApi.query('registry.objects.list', { pageSize: 1, filter: { search: '有限公司' } })) as { rows: { name: string }[] };
    const enterprise = rows[0]!;
    await open(coord, detail);
    await coord.getByTestId('request-campaign-check').click();
    await coord.waitForURL(/campaign=/);
    await open(coord, coord.url());
    await expect(coord.getByTestId('case-campaign')).toContainText(name);
    await coord.getByLabel('企业名称或统一社会信用代码').fill(enterprise.name);
    await coord.getByRole('button', { name: '查找' }).click();
    await coord.waitForURL(/q=/);
    await coord.getByTestId('candidates').getByRole('link', { name: enterprise.name }).first().click();
    await coord.waitForURL(/object=.*campaign=/);
    await open(coord, coord.url());
    await expect(coord.getByLabel('启动原因')).toHaveCount(0);
    await expect(coord.getByLabel('检查依据')).toHaveValue('《城镇燃气管理条例》第四十一条');
    await coord.getByLabel('检查事由').fill('专项检查：餐饮场所燃气安全');
    await coord.getByLabel('检查开始日期').fill(beijingDate(0));
    await coord.getByLabel('检查结束日期').fill(beijingDate(0));
    const officers = coord.getByRole('group', { name: /执法人员/ }).getByRole('checkbox');
    await officers.nth(0).check();
    await officers.nth(1).check();
    await submit(coord, coord.getByRole('button', { name: '提交审批' }), /\/case-checks\/[0-9a-f-]{36}\?saved=requested/);
    await expect(coord.getByTestId('case-check-facts')).toContainText(`专项检查“${name}”`);
    const check = coord.url().split('?')[0]!;
    const leader = await agencyUser(browser, 'yjj.leader');
    await open(leader, check);
    await submit(leader, leader.getByRole('button', { name: '批准', exact: true }), /saved=approve/);
    await open(coord, check);
    await expect(coord.getByTestId('inspection-code').locator('.lc-mono')).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await open(coord, detail);
    await expect(coord.getByTestId('campaign-checks')).toContainText(enterprise.name);

    // The quota: the leadership group sets 应急管理局's to what it already counts; one more plan is refused at submission.
    await openLeadership(group, `/campaigns/quotas?year=${year}`);
    const row = group.getByTestId('campaign-quotas').locator('tr', { hasText: '应急管理局' });
    const counted = (await row.locator('td').nth(1).innerText()).trim();
    await row.getByRole('spinbutton').fill(counted);
    await submit(group, row.getByRole('button', { name: '保存' }), /saved=1/);
    const extra = (await coordApi.mutate('campaigns.create', {
      year: Number(year),
      name: `${name}（追加）`,
      legalBasis: '《城镇燃气管理条例》',
      content: '追加检查',
      scopeNote: '餐饮企业',
      windowFrom: beijingDate(0),
      windowTo: `${year}-12-31`,
    })) as { id: string };
    await open(coord, `/campaigns/${extra.id}`);
    await submit(coord, coord.getByRole('button', { name: '提交领导小组审批' }), /\/campaigns\//);
    await expect(coord.locator('body')).toContainText(`年度专项检查限额为${counted}项`);
    await expect(coord.getByTestId('campaign-facts')).toContainText('草稿');
  });
});
