import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { agencyUser, beijingDate, hydrated, open, publishItems, submit } from '../fixtures/agency';
import { approveTaskChecks, fillNewJointTask, nameItemsAndInspectors, revealSecret, saveSmallMatrix } from '../fixtures/joint-task-steps';
import { keepScreenshot } from '../fixtures/screenshot';

/**
 * The whole agency workflow in the browser: 应急管理局 leads a joint task with 市场监督管理局,
 * both agencies commit and reveal their secrets, the draw runs, both record and approve their
 * results, a major hazard goes to 挂牌督办 with a 五落实 plan, and everything is published.
 */
test.describe('部门工作门户 joint task', () => {
  test('from creation by 应急管理局 with 市场监督管理局 through the ceremony, results, a major hazard and publication', async ({ browser }) => {
    test.setTimeout(420_000);
    const yjj = await agencyUser(browser, 'yjj.coord');
    const scj = await agencyUser(browser, 'scj.coord');
    const title = `工贸企业安全生产和特种设备联合抽查（${beijingDate()}）`;
    let taskUrl = '';
    let drawUrl = '';
    const secrets: Record<string, string> = {};

    await test.step('both agencies publish the items they will inspect', async () => {
      await publishItems(yjj, ['YJJ-01', 'YJJ-04', 'YJJ-06']);
      await publishItems(scj, ['SCJ-01']);
    });

    await test.step('应急管理局 creates the task and invites 市场监督管理局', async () => {
      await fillNewJointTask(yjj, title);
      await keepScreenshot(yjj, 'agency-task-new');
      await submit(yjj, yjj.getByRole('button', { name: '创建任务并发出邀请' }), /\/tasks\/[0-9a-f-]{36}\?saved=created/);
      taskUrl = yjj.url().split('?')[0]!;
      await expect(yjj.getByTestId('participants')).toContainText('待确认');
    });

    await test.step('市场监督管理局 sees the invitation on its home page and confirms', async () => {
      await open(scj, '/');
      await expect(scj.getByTestId('todo-tasks')).toContainText(`确认是否参加：${title}`);
      await keepScreenshot(scj, 'agency-home-partner-invited');
      await scj
        .getByTestId('todo-tasks')
        .getByRole('link', { name: `确认是否参加：${title}` })
        .click();
      await scj.waitForURL(taskUrl);
      await hydrated(scj);
      await expect(scj.getByTestId('invitation')).toBeVisible();
      await submit(scj, scj.getByRole('button', { name: '确认参加' }), /saved=confirmed/);
    });

    await test.step('each agency names its own items and inspectors', async () => {
      // YJJ-01 is a 非煤矿山 item: the 工贸 enterprises drawn below are not asked about it.
      await nameItemsAndInspectors(taskUrl, [
        [scj, 'SCJ-01'],
        [yjj, ['YJJ-04', 'YJJ-01']],
      ]);
      await expect(yjj.getByTestId('participants')).toContainText('SCJ-01');
      await expect(yjj.getByTestId('participants')).toContainText('YJJ-04');
    });

    await test.step('the lead sets the object matrix and team rules and sees N_h, n_h and the fairness chart', async () => {
      await saveSmallMatrix(yjj, taskUrl);
      // Another stratum is chosen by its name, never typed as a code; saved, it is listed by name.
      await yjj.getByLabel('其他分层：行业领域').first().selectOption({ label: '烟花爆竹' });
      await yjj.getByLabel('其他分层：比例或户数').first().fill('5');
      await submit(yjj, yjj.getByRole('button', { name: '保存并预览' }), /matrix\?saved=1/);
      await expect(yjj.getByLabel('烟花爆竹：比例或户数')).toHaveValue('5');
      // Cleared again, so the draw below is the one the rest of the spec expects.
      await yjj.getByLabel('烟花爆竹：比例或户数').fill('');
      await submit(yjj, yjj.getByRole('button', { name: '保存并预览' }), /matrix\?saved=1/);
      await expect(yjj.getByLabel('烟花爆竹：比例或户数')).toHaveCount(0);
      const strata = yjj.getByTestId('preview-strata');
      await expect(strata).toContainText('工贸');
      // A 工贸 check asks for YJJ-04 and SCJ-01, not the mine item YJJ-01: 2 of the task's 3 items.
      await expect(strata.getByTestId('stratum-items')).toHaveText('2 / 3');
      await expect(yjj.getByTestId('preview-total')).not.toHaveText('0');
      await expect(yjj.getByText('任何抽取结果都能组成合法的检查组')).toBeVisible();
      await expect(yjj.getByTestId('fairness').locator('svg').first()).toBeVisible();
      await keepScreenshot(yjj, 'agency-task-matrix');
    });

    await test.step('the lead opens the draw ceremony', async () => {
      await open(yjj, taskUrl);
      await submit(yjj, yjj.getByRole('button', { name: '开始抽取仪式' }), /\/draws\/[0-9a-f-]{36}$/);
      drawUrl = yjj.url();
    });

    await test.step('both agencies generate a secret in the browser and commit only its hash', async () => {
      for (const [name, page] of [
        ['scj', scj],
        ['yjj', yjj],
      ] as [string, Page][]) {
        await open(page, drawUrl);
        await page.getByRole('button', { name: '生成随机数密钥' }).click();
        const secret = await page.getByTestId('secret').getAttribute('data-secret');
        expect(secret).toMatch(/^[0-9a-f]{64}$/);
        secrets[name] = secret!;
        if (name === 'scj') await keepScreenshot(page, 'agency-draw-commit');
        const posted = page.waitForRequest((r) => r.method() === 'POST');
        await page.getByRole('checkbox', { name: /我已离线保存/ }).check();
        await submit(page, page.getByRole('button', { name: '提交承诺值' }), /saved=committed/);
        // Only the commitment travels to the server, never the secret.
        const body = (await posted).postData() ?? '';
        expect(body).toContain('commitment=');
        expect(body).not.toContain(secret!);
      }
    });

    const room = await agencyUser(browser, 'yjj.leader');
    await test.step('the lead freezes the inputs; the room sees the commitment', async () => {
      await open(yjj, drawUrl);
      await submit(yjj, yjj.getByRole('button', { name: '冻结抽取输入并公布承诺' }), /saved=frozen/);
      const commitment = (await yjj.getByTestId('draw-commitment').textContent())?.trim() ?? '';
      expect(commitment).toMatch(/^[0-9a-f]{64}$/);
      await open(room, `${drawUrl}/present`);
      await expect(room.getByTestId('present-commitment')).toHaveText(commitment);
      await keepScreenshot(room, 'agency-draw-present-frozen');
    });

    await test.step('both agencies reveal; the last reveal runs the draw', async () => {
      for (const [name, page] of [
        ['scj', scj],
        ['yjj', yjj],
      ] as [string, Page][]) {
        await revealSecret(page, drawUrl, secrets[name]!, name === 'yjj' ? /saved=drawn/ : /saved=revealed/);
      }
      await expect(yjj.getByTestId('drawn-list').locator('tbody tr').first()).toBeVisible();
      await keepScreenshot(yjj, 'agency-draw-drawn');
      // The room's screen refreshes itself into the result.
      await expect(room.getByTestId('present-status')).toHaveText('已完成抽取', { timeout: 15_000 });
      await expect(room.getByTestId('present-result').locator('li').first()).toBeVisible();
      await keepScreenshot(room, 'agency-draw-present-drawn');
    });

    await test.step('the proof bundle downloads as JSON', async () => {
      const download = yjj.waitForEvent('download');
      await yjj.getByRole('link', { name: '下载抽取证明（JSON）' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^抽取证明-.+\.json$/);
      const path = await file.path();
      const bundle = JSON.parse(readFileSync(path, 'utf8')) as { commitment?: string };
      expect(bundle.commitment).toMatch(/^[0-9a-f]{64}$/);
    });

    await test.step('no redraw: an enterprise found closed is replaced by the next ticket, with the reason logged', async () => {
      const rows = yjj.getByTestId('drawn-list').locator('tbody tr');
      const before = await rows.count();
      const replaced = (await rows.last().locator('td').first().textContent())?.trim() ?? '';
      const code = (await rows.last().locator('td').nth(1).textContent())?.trim() ?? '';
      await yjj.getByLabel('被替补的企业').selectOption(code);
      await yjj.getByLabel('替补原因').selectOption({ label: '已关闭或停业' });
      await yjj.getByLabel('说明').fill('经实地核实已停业注销');
      await submit(yjj, yjj.getByRole('button', { name: '确认替补' }), /saved=substituted/);
      await expect(yjj.locator('main')).toContainText('第 1 次替补：已关闭或停业（经实地核实已停业注销）');
      await expect(rows).toHaveCount(before + 1);
      await expect(rows.filter({ hasText: replaced })).toContainText('已取消（替补）');
    });

    await test.step('the drawn list with its teams downloads as .xlsx, row for row as the page shows it', async () => {
      const rows = yjj.getByTestId('drawn-list').locator('tbody tr');
      const saved = yjj.waitForEvent('download');
      await yjj.getByRole('link', { name: '将抽取名单和检查组导出为 Excel' }).click();
      const file = await saved;
      expect(file.suggestedFilename()).toMatch(/^抽取名单-.+\.xlsx$/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(await file.path()) as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.getRow(1).values).toEqual([undefined, '统一社会信用代码', '企业名称', '注册地址', '检查组', '执法证号', '检查日期', '状态']);
      expect(sheet.rowCount).toBe((await rows.count()) + 1);
      const first = rows.first().locator('td');
      expect(sheet.getCell('A2').value).toBe((await first.nth(1).textContent())?.trim());
      expect(String(sheet.getCell('D2').value)).toContain('漳平市市场监督管理局');
    });

    await test.step('行政检查审批: no notice before both agencies’ heads approve the task’s checks once; then every check has its 检查码', async () => {
      await open(yjj, taskUrl);
      await expect(yjj.getByTestId('next-step')).toContainText('审批本部门参加本任务的检查');
      await expect(yjj.getByRole('button', { name: '批准本部门参加本任务的检查' })).toHaveCount(0);
      await yjj.getByTestId('task-checks').locator('tbody tr').filter({ hasText: '待通知' }).first().getByRole('link').click();
      await yjj.waitForURL(/\/checks\/[0-9a-f-]{36}$/);
      await expect(yjj.getByRole('button', { name: '发出检查通知' })).toHaveCount(0);
      await expect(yjj.getByTestId('next-step')).toBeVisible();
      await approveTaskChecks(yjj, taskUrl, ['yjj.leader', 'scj.leader']);
      await open(yjj, taskUrl);
      await expect(yjj.getByTestId('participants')).not.toContainText('待审批');
    });

    const checkUrl = await test.step('the lead sends the inspection notice and the team checks in at the door', async () => {
      await open(yjj, drawUrl);
      await yjj.getByTestId('drawn-list').locator('tbody tr').filter({ hasText: '待通知' }).first().getByRole('link').click();
      await yjj.waitForURL(/\/checks\/[0-9a-f-]{36}$/);
      await hydrated(yjj);
      const url = yjj.url();
      await expect(yjj.getByTestId('team')).toContainText('漳平市市场监督管理局');
      await expect(yjj.getByTestId('team')).toContainText('漳平市应急管理局');
      await yjj.getByLabel('检查日期').fill(beijingDate());
      await submit(yjj, yjj.getByRole('button', { name: '发出检查通知' }), /saved=notified/);
      const code = (await yjj.getByTestId('inspection-code').locator('.lc-mono').textContent())?.trim() ?? '';
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      await open(yjj, `${url}/notice`);
      await expect(yjj.getByTestId('notice')).toContainText('联合检查通知书');
      await expect(yjj.getByTestId('notice-inspection-code')).toContainText(code);
      await expect(yjj.getByTestId('notice-inspection-code').locator('img')).toBeVisible();
      await yjj.emulateMedia({ media: 'print' });
      await keepScreenshot(yjj, 'agency-check-notice-print');
      await yjj.emulateMedia({ media: 'screen' });
      await open(yjj, url);
      // Another enterprise's licence code is refused; this one's checks in and starts the visit.
      const hint = (await yjj.getByText(/须与本次检查对象 [0-9A-Z]{18} 一致/).textContent()) ?? '';
      const uscc = hint.match(/[0-9A-Z]{18}/)![0];
      await yjj.getByLabel('营业执照二维码内容或统一社会信用代码').fill(`${uscc.slice(0, 17)}${uscc.endsWith('0') ? '1' : '0'}`);
      await submit(yjj, yjj.getByRole('button', { name: '签到，开始检查' }), /\/checks\/[0-9a-f-]{36}/);
      await expect(yjj.getByTestId('form-error')).toContainText('不符');
      await yjj.getByLabel('营业执照二维码内容或统一社会信用代码').fill(`https://www.gsxt.gov.cn/index.html?uniscid=${uscc}`);
      await submit(yjj, yjj.getByRole('button', { name: '签到，开始检查' }), /saved=checkedIn/);
      await expect(yjj.getByTestId('check-presence')).toContainText('扫码签到');
      // An inspector of 应急管理局 who is not on this team is told who is, instead of a 404.
      const team = (await yjj.getByTestId('team').textContent()) ?? '';
      const outsider = ['yjj.insp1', 'yjj.insp2'].find((u) => !team.includes(u === 'yjj.insp1' ? '黄志明' : '吴丽萍'))!;
      const inspector = await agencyUser(browser, outsider);
      const response = await inspector.goto(url);
      expect(response?.status()).toBe(200);
      await expect(inspector.getByRole('heading', { name: '您不在本检查组' })).toBeVisible();
      const members = inspector.getByTestId('not-on-team');
      await expect(members).toContainText('漳平市市场监督管理局');
      await expect(members).not.toContainText('检查结果');
      await inspector.context().close();
      return url;
    });

    await test.step('each agency records its results in one form, with only the items that apply', async () => {
      const record = async (page: Page, agency: string, result: string, findings: string) => {
        await open(page, checkUrl);
        const own = page.getByTestId(`results-${agency}`);
        // One item applies to this 工贸 enterprise; the mine item YJJ-01 is not asked for.
        await expect(own.getByRole('combobox', { name: '检查结果' })).toHaveCount(1);
        await expect(page.locator('main')).not.toContainText('YJJ-01');
        // Saved with nothing chosen: refused, nothing stored.
        await submit(page, own.getByRole('button', { name: '保存本部门全部结果' }), /\/checks\/[0-9a-f-]{36}/);
        await expect(page.getByTestId('form-error')).toContainText('请至少为一个事项选择检查结果');
        await own.getByRole('combobox', { name: '检查结果' }).selectOption({ label: result });
        await own.getByLabel('检查情况和发现的问题').fill(findings);
        await submit(page, own.getByRole('button', { name: '保存本部门全部结果' }), /saved=recorded/);
      };
      await record(yjj, 'yjj', '发现重大事故隐患', '粉碎车间除尘系统未设置泄爆装置，铝粉尘积聚');
      // Evidence: a program renamed to .jpg is refused by its content; a photo is kept and downloads.
      const upload = yjj.locator('form[aria-label^="上传"][aria-label$="的证据材料"]');
      await upload
        .locator('input[type=file]')
        .setInputFiles({ name: '现场照片.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('MZ\x90\x00 this program cannot be run in DOS mode') });
      await submit(yjj, upload.getByRole('button', { name: '上传' }), /\/checks\/[0-9a-f-]{36}/);
      await expect(yjj.locator('main')).toContainText('不支持该文件类型');
      const photo = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR 粉碎车间')]);
      await upload.locator('input[type=file]').setInputFiles({ name: '粉碎车间现场照片.png', mimeType: 'image/png', buffer: photo });
      await submit(yjj, upload.getByRole('button', { name: '上传' }), /saved=evidence/);
      const evidence = yjj.getByRole('link', { name: '粉碎车间现场照片.png' });
      await expect(evidence).toBeVisible();
      const saved = yjj.waitForEvent('download');
      await evidence.click();
      expect(readFileSync(await (await saved).path()).equals(photo)).toBe(true);
      await record(scj, 'scj', '未发现问题', '特种设备使用登记、定期检验和作业人员持证情况齐全');
      await expect(scj.getByTestId('results-yjj')).toContainText('发现重大事故隐患');
      await expect(scj.getByTestId('results-scj')).toContainText('未发现问题');
      await open(yjj, checkUrl);
      await submit(yjj, yjj.getByRole('button', { name: '结束检查' }), /saved=finished/);
      for (const page of [yjj, scj]) {
        await open(page, checkUrl);
        await submit(page, page.getByRole('button', { name: '提交分管领导审核' }), /saved=submitted/);
      }
    });

    await test.step('both agency leaders approve their own agency’s results', async () => {
      await open(room, '/');
      await expect(room.getByTestId('todo-result-approvals')).toContainText('1 项结果待审核');
      await keepScreenshot(room, 'agency-home-leader-results');
      for (const page of [room, await agencyUser(browser, 'scj.leader')]) {
        await open(page, checkUrl);
        await submit(page, page.getByRole('button', { name: '审核通过' }), /saved=approved/);
      }
      await open(yjj, checkUrl);
      await expect(yjj.locator('main')).toContainText('结果已审核');
      await keepScreenshot(yjj, 'agency-check-approved');
    });

    await test.step('a major hazard goes to 挂牌督办 with its 五落实 plan', async () => {
      await yjj.getByText('登记本部门发现的隐患').click();
      await yjj.getByLabel('隐患等级').selectOption('major');
      await yjj.getByLabel('整改期限').fill(beijingDate(30));
      await yjj.getByLabel('隐患描述').fill('粉碎车间除尘系统未设置泄爆装置，铝粉尘积聚，属工贸企业重大事故隐患');
      await submit(yjj, yjj.getByRole('button', { name: '登记隐患' }), /\/hazards\/[0-9a-f-]{36}\?saved=created/);
      const listing = yjj.getByTestId('step-putUnderSupervision');
      await listing.getByLabel('督办整改期限').fill(beijingDate(20));
      await submit(yjj, listing.getByRole('button', { name: '挂牌督办' }), /saved=putUnderSupervision/);
      await expect(yjj.getByTestId('hazard-status')).toContainText('挂牌督办中');
      await expect(yjj.getByTestId('next-step')).toHaveText('下一步：等待企业报备“五落实”整改方案（责任、措施、资金、时限、预案）');
      const plan = yjj.getByTestId('step-filePlan');
      await plan.getByLabel(/责任落实/).fill('企业主要负责人为第一责任人，设备部具体实施');
      await plan.getByLabel(/措施落实/).fill('停用粉碎车间，加装泄爆片和隔爆阀，清理积尘');
      await plan.getByLabel(/资金落实/).fill('企业自筹 18 万元');
      await plan.getByLabel(/时限落实/).fill('督办期限前完成改造并申请验收');
      await plan.getByLabel(/预案落实/).fill('整改期间停产，设置警戒区，编制专项应急预案');
      await submit(yjj, plan.getByRole('button', { name: '报备“五落实”整改方案' }), /saved=filePlan/);
      await expect(yjj.getByTestId('five-implementations')).toContainText('企业自筹 18 万元');
      await expect(yjj.getByTestId('next-step')).toContainText('等待企业落实整改方案、完成整改（期限');
      const attach = yjj.getByRole('form', { name: '上传隐患附件' });
      await attach.getByLabel('所属环节').selectOption({ index: 2 });
      await attach
        .locator('input[type=file]')
        .setInputFiles({ name: '五落实整改方案.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n五落实整改方案\n%%EOF') });
      await submit(yjj, attach.getByRole('button', { name: '上传附件' }), /saved=attached/);
      await expect(yjj.getByTestId('hazard-attachments')).toContainText('五落实整改方案.pdf');
      await keepScreenshot(yjj, 'agency-hazard-major');
      await open(yjj, '/hazards?severity=major');
      await expect(yjj.getByTestId('hazards-table')).toContainText('挂牌督办中');
    });

    await test.step('each agency publishes its results with one action; the lead publishes the task and drawn list', async () => {
      for (const page of [yjj, scj]) {
        await open(page, '/publications');
        const row = page
          .getByTestId('due')
          .locator('tbody tr')
          .filter({ has: page.getByRole('button', { name: /^公示 .* 的检查结果$/ }) });
        await expect(row).toHaveCount(1);
        if (page === yjj) await keepScreenshot(page, 'agency-publications-due');
        await submit(page, row.getByRole('button'), /saved=result/);
        await expect(page.getByTestId('published')).toContainText('检查结果');
      }
      await open(yjj, taskUrl);
      await submit(yjj, yjj.getByRole('button', { name: '公示抽查任务、名单和抽取证明' }), /saved=published/);
      await expect(yjj.locator('main')).toContainText('已公示（');
      await keepScreenshot(yjj, 'agency-task-published');
    });
  });
});
