import { expect, test } from '@playwright/test';
import { agencyUser, open, submit } from '../fixtures/agency';
import { keepScreenshot } from '../fixtures/screenshot';

test.describe('部门工作门户 annual plan', () => {
  test('a plan is drafted, approved by the leader, published, then adjusted with its history kept', async ({ browser }) => {
    test.setTimeout(120_000);
    const year = Number(new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 4)) + 1;
    const coord = await agencyUser(browser, 'yjj.coord');
    await open(coord, `/plans/new?year=${year}`);
    await expect(coord.getByRole('heading', { name: `新建${year}年度抽查工作计划` })).toBeVisible();

    // A refused form keeps what was typed and names the fault next to its field.
    await coord.getByLabel('一般事项最低抽查比例（%）').fill('120');
    await coord.getByRole('checkbox', { name: /YJJ-04/ }).check();
    await submit(coord, coord.getByRole('button', { name: '保存草稿' }), /\/plans\/new/);
    await expect(coord.getByTestId('form-error')).toBeVisible();
    await expect(coord.locator('#f-ratioFloorPercent-error')).toContainText('100%');
    await expect(coord.getByLabel('一般事项最低抽查比例（%）')).toHaveValue('120');
    await expect(coord.getByRole('checkbox', { name: /YJJ-04/ })).toBeChecked();
    await keepScreenshot(coord, 'agency-plan-refused');

    await coord.getByLabel('一般事项最低抽查比例（%）').fill('10');
    await coord.getByRole('checkbox', { name: /YJJ-01/ }).check();
    await submit(coord, coord.getByRole('button', { name: '保存草稿' }), /\/plans\/[0-9a-f-]{36}\?saved=created/);
    const planUrl = coord.url().split('?')[0]!;
    // The check approval makes, shown to the coordinator before submitting: quarters without quotas reach the floor.
    await expect(coord.getByTestId('floor-reach')).toContainText('一般检查对象年度最低抽查比例（10%）核算');
    await expect(coord.getByTestId('floor-reach')).toContainText('各行业领域均能达到最低比例');
    await expect(coord.getByTestId('floor-reach').locator('tbody tr[data-sector="industry_trade"]')).toContainText('工贸');
    await keepScreenshot(coord, 'agency-plan-floor');
    await expect(coord.getByTestId('next-step')).toHaveText('下一步：等待部门抽查协调员完善计划并提交审批');
    await submit(coord, coord.getByRole('button', { name: '提交审批' }), /saved=submit/);
    await expect(coord.getByTestId('next-step')).toHaveText('下一步：等待部门分管领导审批计划（通过或退回）');

    const leader = await agencyUser(browser, 'yjj.leader');
    await expect(leader.getByTestId('todo-plan-approvals')).toContainText(`${year}年`);
    await keepScreenshot(leader, 'agency-home-leader');
    await open(leader, planUrl);
    await submit(leader, leader.getByRole('button', { name: '审批通过' }), /saved=approve/);

    await open(coord, planUrl);
    await submit(coord, coord.getByRole('button', { name: '公布并公示' }), /saved=publish$/);
    await expect(coord.getByTestId('form-ok')).toContainText('已在信息公示门户公示');
    await expect(coord.getByTestId('next-step')).toHaveText('状态：计划已公布');

    await coord.getByLabel('调整原因').fill('增加第四季度烟花爆竹专项检查');
    await submit(coord, coord.getByRole('button', { name: '发起调整' }), /saved=adjusted/);
    const versions = coord.getByTestId('plan-versions').locator('tbody tr');
    await expect(versions).toHaveCount(2);
    await expect(versions.nth(0)).toContainText('第 2 版（本页）');
    await expect(versions.nth(0)).toContainText('增加第四季度烟花爆竹专项检查');
    await expect(versions.nth(1)).toContainText('已公布');
    await keepScreenshot(coord, 'agency-plan-history');
  });
});
