import { expect, test } from '@playwright/test';
import { agencyUser, beijingDate, open, submit } from '../fixtures/agency';
import { apiAs } from '../fixtures/api';
import { urls } from '../fixtures/platform';
import { keepScreenshot } from '../fixtures/screenshot';

test.describe('部门工作门户 督办', () => {
  test('the addressed agency sees a leadership note on its home page and answers it; another agency cannot open it', async ({ browser }) => {
    const subject = `督促整改重大事故隐患（${Date.now()}）`;
    const yjjId = ((await (await apiAs('yjj.coord')).query('auth.me')) as { user: { agency: { id: string } } }).user.agency.id;
    const { id } = (await (
      await apiAs('ldxz.zhang')
    ).mutate('supervisionNotes.create', {
      toAgencyId: yjjId,
      subject,
      body: '请于期限内完成挂牌督办隐患的整改验收，并报告办理情况。',
      dueOn: beijingDate(10),
    })) as { id: string };

    const yjj = await agencyUser(browser, 'yjj.coord');
    await expect(yjj.getByTestId('todo-notes')).toContainText(subject);
    await yjj.getByTestId('todo-notes').getByRole('link', { name: subject }).click();
    await yjj.waitForURL(new RegExp(`/notes/${id}$`));
    await open(yjj, `/notes/${id}`);
    // An empty answer is refused next to the field, in Chinese.
    await submit(yjj, yjj.getByRole('button', { name: '提交答复' }), new RegExp(`/notes/${id}`));
    await expect(yjj.locator('.lc-field-error')).toContainText('请填写办理情况');
    await yjj.getByLabel('办理情况').fill('已督促企业完成整改，县安委办组织验收合格。');
    await submit(yjj, yjj.getByRole('button', { name: '提交答复' }), /saved=responded/);
    await expect(yjj.getByTestId('note-status')).toContainText('已答复');
    await expect(yjj.getByTestId('note-response')).toContainText('验收合格');
    await keepScreenshot(yjj, 'agency-note-responded');

    // 市场监督管理局 was not addressed: the note does not exist for it.
    const scj = await agencyUser(browser, 'scj.coord');
    const response = await scj.goto(`${urls.agency}/notes/${id}`);
    expect(response?.status()).toBe(404);
    await open(scj, '/notes');
    await expect(scj.getByTestId('notes-table')).not.toContainText(subject);
  });
});
