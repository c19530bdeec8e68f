import { expect, test } from '@playwright/test';
import { agencyUser, beijingDate, open, submit } from '../fixtures/agency';
import { apiAs } from '../fixtures/api';
import { leadershipUser, openLeadership } from '../fixtures/leadership';
import { urls } from '../fixtures/platform';
import { keepScreenshot } from '../fixtures/screenshot';

test.describe('部门工作门户 · 个案检查', () => {
  test('the coordinator requests a case check, the leader approves it before it happens, the coordinator records it done; another agency cannot open it', async ({
    browser,
  }) => {
    const { rows } = (await (await apiAs('yjj.coord')).query('registry.objects.list', { pageSize: 1, filter: { search: '有限公司' } })) as {
      rows: { id: string; name: string }[];
    };
    const enterprise = rows[0]!;

    const coord = await agencyUser(browser, 'yjj.coord');
    await open(coord, '/case-checks');
    await coord.getByRole('link', { name: '申请个案检查' }).click();
    await coord.getByLabel('企业名称或统一社会信用代码').fill(enterprise.name);
    // The search is a GET form the portal follows without reloading the page.
    await coord.getByRole('button', { name: '查找' }).click();
    await coord.waitForURL(/q=/);
    await coord.getByTestId('candidates').getByRole('link', { name: enterprise.name }).first().click();
    await expect(coord.getByTestId('case-object')).toContainText(enterprise.name);
    await open(coord, coord.url());

    await coord.getByLabel('启动原因').selectOption({ label: '投诉举报' });
    await coord.getByLabel('检查事由').fill('群众投诉该企业违规储存危险化学品');
    await coord.getByLabel('检查依据').fill('《中华人民共和国安全生产法》第六十五条');
    await coord.getByLabel('检查开始日期').fill(beijingDate(0));
    await coord.getByLabel('检查结束日期').fill(beijingDate(2));
    const officers = coord.getByRole('group', { name: /执法人员/ }).getByRole('checkbox');
    await officers.nth(0).check();
    // One officer is refused next to the field, in Chinese, and what was typed stays.
    await submit(coord, coord.getByRole('button', { name: '提交审批' }), /object=/);
    await expect(coord.locator('.lc-field-error')).toContainText('至少需要2名');
    await expect(coord.getByLabel('检查事由')).toHaveValue('群众投诉该企业违规储存危险化学品');
    await coord
      .getByRole('group', { name: /执法人员/ })
      .getByRole('checkbox')
      .nth(1)
      .check();
    await submit(coord, coord.getByRole('button', { name: '提交审批' }), /\/case-checks\/[0-9a-f-]{36}\?saved=requested/);
    const detail = coord.url().split('?')[0]!;
    await expect(coord.getByTestId('next-step')).toContainText('等待部门分管领导审批检查');
    await expect(coord.getByTestId('case-officers').locator('tbody tr')).toHaveCount(2);
    await expect(coord.getByRole('button', { name: '批准' })).toHaveCount(0);

    const leader = await agencyUser(browser, 'yjj.leader');
    await open(leader, detail);
    await leader.getByLabel('审批意见（可不填）').fill('同意');
    await submit(leader, leader.getByRole('button', { name: '批准', exact: true }), /saved=approve/);
    await expect(leader.getByTestId('case-check-facts')).toContainText('已批准（待实施）');
    await keepScreenshot(leader, 'agency-case-check-approved');

    // The 检查码: shown with its QR code to the inspectors; the enterprise checks it on the public portal without logging in.
    await open(coord, detail);
    const code = (await coord.getByTestId('inspection-code').locator('.lc-mono').innerText()).trim();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expect(coord.getByRole('img', { name: `检查码 ${code} 的二维码` })).toBeVisible();
    expect(await coord.getByTestId('inspection-code-link').getAttribute('href')).toBe(`${urls.public}/r/350881/inspection/${code}`);
    const visitor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await visitor.goto(`${urls.public}/r/350881/inspection`);
    await visitor.getByRole('textbox', { name: '检查码' }).fill(code.toLowerCase().replace(/-/g, ' '));
    await visitor.getByRole('button', { name: '核验' }).click();
    await expect(visitor).toHaveURL(new RegExp(`/r/350881/inspection/${code}$`));
    await expect(visitor.getByTestId('inspection-verdict')).toHaveAttribute('data-tone', 'ok');
    await expect(visitor.getByTestId('inspection-facts')).toContainText(enterprise.name);
    await expect(visitor.getByTestId('inspection-facts')).toContainText('《中华人民共和国安全生产法》第六十五条');
    await expect(visitor.getByTestId('inspection-officers').locator('tbody tr')).toHaveCount(2);
    await expect(visitor.locator('body')).not.toContainText('违规储存危险化学品'); // the complaint stays with the agency
    await keepScreenshot(visitor, 'public-inspection-code');
    const forged = await visitor.goto(`${urls.public}/r/350881/inspection/ZZZZ-ZZZZ-ZZZZ`);
    expect(forged?.status()).toBe(404);
    await expect(visitor.locator('body')).toContainText('检查码可能输错，或是伪造的');

    await open(coord, detail);
    await coord.getByLabel('实施完毕日期').fill(beijingDate(1));
    await coord.getByLabel('检查情况').fill('未发现问题');
    // Not yet: the day lies in the future.
    await submit(coord, coord.getByRole('button', { name: '登记', exact: true }), /case-checks/);
    await expect(coord.locator('.lc-field-error')).toContainText('不能晚于今天');
    await coord.getByLabel('实施完毕日期').fill(beijingDate(0));
    await submit(coord, coord.getByRole('button', { name: '登记', exact: true }), /saved=complete/);
    await expect(coord.getByTestId('case-check-facts')).toContainText('已完成');
    await expect(coord.getByTestId('next-step')).toContainText('检查已实施完毕');
    // Done: the code no longer opens the door.
    await visitor.goto(`${urls.public}/r/350881/inspection/${code}`);
    await expect(visitor.getByTestId('inspection-verdict')).toContainText('检查码已失效');

    // 市场监督管理局 has no part in it: the check does not exist for it.
    const scj = await agencyUser(browser, 'scj.coord');
    const response = await scj.goto(`${urls.agency}${new URL(detail).pathname}`);
    expect(response?.status()).toBe(404);
    await open(coord, '/case-checks');
    await expect(coord.getByRole('table')).toContainText(enterprise.name);

    // The leadership group oversees every agency's case checks and who approved them.
    const group = await leadershipUser(browser, { username: 'ldxz.zhang' });
    await openLeadership(group, '/case-checks');
    await group.getByRole('table').getByRole('link', { name: enterprise.name }).first().click();
    await expect(group.getByTestId('case-check-facts')).toContainText('同意');
    await expect(group.getByTestId('case-check-facts')).toContainText('已完成');
  });
});
