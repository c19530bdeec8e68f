import { expect, test } from '@playwright/test';
import { agencyUser, beijingDate, open, submit } from '../fixtures/agency';

test.describe('部门工作门户 任务日期', () => {
  test('a past-dated task is taken only as 补录 with a reason, which the task page shows', async ({ browser }) => {
    const yjj = await agencyUser(browser, 'yjj.coord');
    await open(yjj, '/tasks/new');
    await yjj.getByLabel('任务名称').fill(`补录的联合抽查（${Date.now().toString(36)}）`);
    await yjj.getByLabel('检查开始日期').fill(beijingDate(-20));
    await yjj.getByLabel('检查结束日期').fill(beijingDate(-10));
    await submit(yjj, yjj.getByRole('button', { name: '创建任务并发出邀请' }), /\/tasks\/new/);
    await expect(yjj.getByTestId('form-error')).toContainText('检查开始日期早于今天，属于补录');
    // The refusal ticks 补录 and points at the reason; the dates typed stay.
    await expect(yjj.getByRole('checkbox', { name: '补录：检查已在今天之前开始' })).toBeChecked();
    await expect(yjj.getByLabel('检查开始日期')).toHaveValue(beijingDate(-20));
    await yjj.getByLabel('补录原因').fill('系统上线前已按纸质流程完成的检查');
    await submit(yjj, yjj.getByRole('button', { name: '创建任务并发出邀请' }), /\/tasks\/[0-9a-f-]{36}\?saved=created/);
    await expect(yjj.getByTestId('task-backfill')).toHaveText('检查开始后补录。原因：系统上线前已按纸质流程完成的检查');

    // A task that starts today is not one: the flag is refused.
    await open(yjj, '/tasks/new');
    await yjj.getByLabel('任务名称').fill('不是补录的任务');
    await yjj.getByLabel('检查开始日期').fill(beijingDate());
    await yjj.getByLabel('检查结束日期').fill(beijingDate(5));
    await yjj.getByRole('checkbox', { name: '补录：检查已在今天之前开始' }).check();
    await yjj.getByLabel('补录原因').fill('误填');
    await submit(yjj, yjj.getByRole('button', { name: '创建任务并发出邀请' }), /\/tasks\/new/);
    await expect(yjj.locator('#f-backfillReason-error')).toContainText('不是补录任务');
    await yjj.context().close();
  });
});
