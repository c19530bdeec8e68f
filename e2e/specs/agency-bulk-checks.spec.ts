import { expect, test } from '@playwright/test';
import { agencyUser, beijingDate, open, submit } from '../fixtures/agency';
import { drawnTaskOf } from '../fixtures/joint-task-steps';

const CHECKS = 41;

test.describe('部门工作门户 批量办理检查', () => {
  test('a 41-check task is noticed, started and finished in bulk, and its batch prints as a PDF', async ({ browser }) => {
    test.setTimeout(240_000);
    const yjj = await agencyUser(browser, 'yjj.coord');
    const scj = await agencyUser(browser, 'scj.coord');
    let taskUrl = '';

    await test.step('the lead draws 41 工贸 enterprises with teams of both agencies', async () => {
      taskUrl = await drawnTaskOf(yjj, scj, `工贸企业批量办理联合抽查（${Date.now().toString(36)}）`, CHECKS);
    });

    const rows = yjj.getByTestId('bulk-checks').locator('tbody tr');
    await test.step('the bulk page lists every check with its team; the filters narrow by team and 全选 takes what is shown', async () => {
      await open(yjj, taskUrl);
      await yjj.getByTestId('bulk-link').click();
      await expect(yjj).toHaveURL(/\/checks$/);
      await expect(rows).toHaveCount(CHECKS);
      await expect(yjj.getByTestId('bulk-count')).toHaveText(`已选 0 户 / 显示 ${CHECKS} 户`);
      await expect(yjj.getByTestId('next-step')).toHaveText('下一步：等待牵头部门抽查协调员公示抽查任务、抽查名单和抽取证明');
      await expect(rows.first()).toContainText('工贸');

      const member = yjj.getByLabel('检查组成员');
      const firstMember = (await member.locator('option').nth(1).textContent())!;
      await member.selectOption({ label: firstMember });
      await yjj.getByRole('button', { name: '筛选' }).click();
      await expect(yjj).toHaveURL(/team=/);
      const narrowed = await rows.count();
      expect(narrowed).toBeGreaterThan(0);
      expect(narrowed).toBeLessThan(CHECKS);
      for (const cell of await rows.locator('td:nth-child(4)').allTextContents()) expect(cell).toContain(firstMember.replace(/（.*$/, ''));
      // The keyboard selects all shown: focus the header box and press Space.
      await yjj.getByRole('checkbox', { name: '全选显示的检查' }).focus();
      await yjj.keyboard.press('Space');
      await expect(yjj.getByTestId('bulk-count')).toHaveText(`已选 ${narrowed} 户 / 显示 ${narrowed} 户`);

      await open(yjj, `${taskUrl}/checks`);
      await yjj.getByRole('checkbox', { name: '全选显示的检查' }).check();
      await expect(yjj.getByTestId('bulk-count')).toHaveText(`已选 ${CHECKS} 户 / 显示 ${CHECKS} 户`);
    });

    const day = beijingDate(1);
    await test.step('a notice date outside the task window is refused whole, then 41 notices go out with one date', async () => {
      await yjj.getByRole('textbox', { name: '检查日期', exact: true }).fill(beijingDate(60));
      await submit(yjj, yjj.getByRole('button', { name: '向所选企业发出检查通知' }), /\?\/notify$/);
      await expect(yjj.getByTestId('form-error')).toContainText(`${CHECKS} 户检查不能发出检查通知，本次未办理任何检查：检查日期须在任务的检查时间`);
      await expect(rows.filter({ hasText: '待通知' })).toHaveCount(CHECKS);
      // The selection survives the refusal.
      await expect(yjj.getByTestId('bulk-count')).toHaveText(`已选 ${CHECKS} 户 / 显示 ${CHECKS} 户`);
      await yjj.getByRole('textbox', { name: '检查日期', exact: true }).fill(day);
      await submit(yjj, yjj.getByRole('button', { name: '向所选企业发出检查通知' }), /saved=notified&n=41/);
      await expect(yjj.getByTestId('form-ok')).toContainText(`已发出检查通知：${CHECKS} 户`);
      await expect(rows.filter({ hasText: day })).toHaveCount(CHECKS);
    });

    await test.step('a start before the notice date is refused; then all start and finish', async () => {
      await yjj.getByRole('checkbox', { name: '全选显示的检查' }).check();
      await yjj.getByLabel('开始日期').fill(beijingDate(0));
      await submit(yjj, yjj.getByRole('button', { name: '开始所选检查' }), /\?\/start$/);
      await expect(yjj.getByTestId('form-error')).toContainText(`开始日期不能早于检查通知书载明的检查日期 ${day}`);
      await yjj.getByLabel('开始日期').fill(day);
      await submit(yjj, yjj.getByRole('button', { name: '开始所选检查' }), /saved=started&n=41/);
      await yjj.getByRole('checkbox', { name: '全选显示的检查' }).check();
      await yjj.getByLabel('结束日期').fill(day);
      await submit(yjj, yjj.getByRole('button', { name: '结束所选检查' }), /saved=finished&n=41/);
      await expect(rows.filter({ hasText: '已检查' })).toHaveCount(CHECKS);
      // A check's own page says whose turn it is now: the agencies' results.
      await rows.first().getByRole('link').click();
      await expect(yjj.getByTestId('next-step')).toContainText('抽查协调员录入本部门事项的检查结果');
    });

    await test.step('the printed batch holds the drawn list, 41 notices and 41 sign-in sheets, one per A4 page', async () => {
      await open(yjj, `${taskUrl}/checks/print`);
      await expect(yjj.getByTestId('print-summary')).toHaveText(`共 ${CHECKS} 户：抽查名单 1 份，检查通知书 ${CHECKS} 份，签到表 ${CHECKS} 份。`);
      await expect(yjj.getByTestId('print-list').locator('tbody tr')).toHaveCount(CHECKS);
      await expect(yjj.getByTestId('print-notice')).toHaveCount(CHECKS);
      await expect(yjj.getByTestId('print-signin')).toHaveCount(CHECKS);
      await expect(yjj.getByTestId('print-notice').first()).toContainText(`${day.slice(0, 4)}年`);
      await yjj.emulateMedia({ media: 'print' });
      await expect(yjj.getByRole('button', { name: '打印' })).toBeHidden();
      const pdf = await yjj.pdf({ format: 'A4' });
      // Each notice and each sign-in sheet starts a page: at least 1 + 41 + 41 pages.
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages).toBeGreaterThanOrEqual(1 + 2 * CHECKS);
    });

    await yjj.context().close();
    await scj.context().close();
  });
});
