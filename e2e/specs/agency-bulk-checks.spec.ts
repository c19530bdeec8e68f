import { expect, test } from '@playwright/test';
import { agencyUser, beijingDate, hydrated, open, submit } from '../fixtures/agency';
import { apiAs } from '../fixtures/api';
import { fits, phoneUser } from '../fixtures/phone';
import { urls } from '../fixtures/platform';
import { keepScreenshot } from '../fixtures/screenshot';
import { drawnTaskOf } from '../fixtures/joint-task-steps';

const CHECKS = 41;

test.describe('部门工作门户 批量办理检查', () => {
  test('a 41-check task is noticed, started and finished in bulk, worked by an inspector on a phone, and printed as a PDF', async ({ browser }) => {
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

    await test.step('a start before the notice date is refused; then all start', async () => {
      await yjj.getByRole('checkbox', { name: '全选显示的检查' }).check();
      await yjj.getByLabel('开始日期').fill(beijingDate(0));
      await submit(yjj, yjj.getByRole('button', { name: '开始所选检查' }), /\?\/start$/);
      await expect(yjj.getByTestId('form-error')).toContainText(`开始日期不能早于检查通知书载明的检查日期 ${day}`);
      await yjj.getByLabel('开始日期').fill(day);
      await submit(yjj, yjj.getByRole('button', { name: '开始所选检查' }), /saved=started&n=41/);
    });

    await test.step('an inspector on a phone goes from home to his checks, one check, and records its results with a photo', async () => {
      // The teams are drawn: the inspector is whichever demo officer with an account serves on one.
      const taskId = taskUrl.split('/').at(-1)!;
      let inspector = '';
      for (const username of ['yjj.insp1', 'yjj.insp2', 'scj.insp1']) {
        const own = ((await (await apiAs(username)).query('checks.list', { filter: { mine: true, taskId } })) as { rows: unknown[] }).rows;
        if (own.length > 0) {
          inspector = username;
          break;
        }
      }
      expect(inspector, 'a demo inspector on one of the 41 teams').not.toBe('');
      const phone = await phoneUser(browser, 'agency', inspector);
      await fits(phone, urls.agency + '/');
      await phone.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '我的检查' }).click();
      await expect(phone).toHaveURL(/\/checks$/);
      await hydrated(phone);
      await fits(phone, phone.url());
      const mine = phone.getByTestId('checks-table').locator('tbody tr').filter({ hasText: '检查中' });
      await mine.first().getByRole('link').first().click();
      await expect(phone).toHaveURL(/\/checks\/[0-9a-f-]{36}$/);
      await hydrated(phone);
      await fits(phone, phone.url());
      // 扫码签到 at the door: the visit was started from the office, so results wait for it.
      await expect(phone.getByTestId('inspection-code')).toBeVisible();
      const hint = (await phone.getByText(/须与本次检查对象 [0-9A-Z]{18} 一致/).textContent()) ?? '';
      await phone.getByLabel('营业执照二维码内容或统一社会信用代码').fill(hint.match(/[0-9A-Z]{18}/)![0]);
      await submit(phone, phone.getByRole('button', { name: '签到，开始检查' }), /saved=checkedIn/);
      await expect(phone.getByTestId('check-presence')).toContainText('扫码签到');
      await fits(phone, phone.url());
      const own = phone.getByTestId(`results-${inspector.split('.')[0]}`);
      await own.getByRole('combobox', { name: '检查结果' }).first().selectOption({ label: '未发现问题' });
      await submit(phone, own.getByRole('button', { name: '保存本部门全部结果' }), /saved=recorded/);
      const upload = phone.locator('form[aria-label^="上传"][aria-label$="的证据材料"]').first();
      const photo = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR 现场')]);
      await upload.locator('input[type=file]').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: photo });
      await submit(phone, upload.getByRole('button', { name: '上传' }), /saved=evidence/);
      await expect(phone.getByRole('link', { name: '现场照片.png' })).toBeVisible();
      await fits(phone, phone.url());
      await keepScreenshot(phone, 'phone-inspector-check');
      await phone.context().close();
    });

    await test.step('the lead finishes all 41 visits at once', async () => {
      await open(yjj, `${taskUrl}/checks`);
      await yjj.getByRole('checkbox', { name: '全选显示的检查' }).check();
      await yjj.getByLabel('结束日期').fill(day);
      await submit(yjj, yjj.getByRole('button', { name: '结束所选检查' }), /saved=finished&n=41/);
      await expect(rows.filter({ hasText: '已检查' })).toHaveCount(CHECKS);
      // A check's own page says whose turn it is now: the agencies' results.
      await rows.first().getByRole('link').click();
      await expect(yjj.getByTestId('next-step')).toContainText(/抽查协调员(录入本部门事项的检查结果|提交本部门结果审核)/);
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
