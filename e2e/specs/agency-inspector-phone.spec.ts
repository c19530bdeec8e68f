import { expect, test } from '@playwright/test';
import { agencyUser, beijingDate, hydrated, submit } from '../fixtures/agency';
import { apiAs } from '../fixtures/api';
import { drawnTaskOf } from '../fixtures/joint-task-steps';
import { fits, phoneUser } from '../fixtures/phone';
import { urls } from '../fixtures/platform';
import { keepScreenshot } from '../fixtures/screenshot';

test.describe('部门工作门户 执法人员手机端', () => {
  test('an inspector on a phone goes from home to his checks, one check, and records its results with a photo', async ({ browser }) => {
    test.setTimeout(240_000);
    // A task of twenty 工贸 enterprises, noticed and started in bulk by the lead through the API.
    const yjj = await agencyUser(browser, 'yjj.coord');
    const scj = await agencyUser(browser, 'scj.coord');
    const taskUrl = await drawnTaskOf(yjj, scj, `手机端现场检查（${Date.now().toString(36)}）`, 20);
    await yjj.context().close();
    await scj.context().close();
    const taskId = taskUrl.split('/').at(-1)!;
    const lead = await apiAs('yjj.coord');
    const { checks } = (await lead.query('checks.ofTask', { taskId })) as { checks: { check: { id: string } }[] };
    const checkIds = checks.map((c) => c.check.id);
    await lead.mutate('checks.visitMany', { taskId, checkIds, step: 'notify', scheduledOn: beijingDate(), materials: [], contact: '', note: '' });
    await lead.mutate('checks.visitMany', { taskId, checkIds, step: 'start', on: beijingDate() });

    // The teams are drawn: the inspector is whichever demo officer with an account serves on one.
    let inspector = '';
    for (const username of ['yjj.insp1', 'yjj.insp2', 'scj.insp1']) {
      const own = (await (await apiAs(username)).query('checks.list', { mine: true, taskId })) as unknown[];
      if (own.length > 0) {
        inspector = username;
        break;
      }
    }
    expect(inspector, 'a demo inspector on one of the 20 teams').not.toBe('');
    const page = await phoneUser(browser, 'agency', inspector);
    await fits(page, urls.agency + '/');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '我的检查' }).click();
    await expect(page).toHaveURL(/\/checks$/);
    await hydrated(page);
    await fits(page, page.url());
    const mine = page.getByTestId('checks-table').locator('tbody tr').filter({ hasText: '检查中' });
    await expect(mine.first()).toBeVisible();
    await mine.first().getByRole('link').first().click();
    await expect(page).toHaveURL(/\/checks\/[0-9a-f-]{36}$/);
    await hydrated(page);
    await fits(page, page.url());

    const own = page.getByTestId(`results-${inspector.split('.')[0]}`);
    await own.getByRole('combobox', { name: '检查结果' }).first().selectOption({ label: '未发现问题' });
    await submit(page, own.getByRole('button', { name: '保存本部门全部结果' }), /saved=recorded/);
    const upload = page.locator('form[aria-label^="上传"][aria-label$="的证据材料"]').first();
    const photo = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR 现场')]);
    await upload.locator('input[type=file]').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: photo });
    await submit(page, upload.getByRole('button', { name: '上传' }), /saved=evidence/);
    await expect(page.getByRole('link', { name: '现场照片.png' })).toBeVisible();
    await fits(page, page.url());
    await keepScreenshot(page, 'phone-inspector-check');
    await page.context().close();
  });
});
