import { expect, test, type Page } from '@playwright/test';
import { agencyUser, beijingDate, open, submit } from '../fixtures/agency';
import { apiAs } from '../fixtures/api';
import { leadershipUser, openLeadership, rowFigures } from '../fixtures/leadership';
import { hydrated } from '../fixtures/login';
import { DEMO_PASSWORD, urls } from '../fixtures/platform';
import { keepScreenshot } from '../fixtures/screenshot';
import { horizontalOverflow } from '../fixtures/layout';
import { download, workbookRows } from '../fixtures/workbook';

const YJJ = '漳平市应急管理局';
// Two years ahead: no other spec (nor the demo history) publishes a plan for it, so the figures are ours alone.
const YEAR = Number(beijingDate().slice(0, 4)) + 2;

/** Every coverage row of 应急管理局 on the page: sector, general units, floor, required, drawn. */
async function yjjCoverage(page: Page) {
  const rows = page.locator(`[data-testid="coverage-table"] [data-testid="coverage-row"][data-agency="${YJJ}"]`);
  const figures: Record<string, string | boolean | null>[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    figures.push({
      sector: await row.getAttribute('data-sector'),
      ...(await rowFigures(row, ['generalUnits', 'ratioFloor', 'required', 'drawn'])),
      highlighted: await row.evaluate((el) => el.classList.contains('lc-row-highlight')),
    });
  }
  return figures;
}

test.describe('领导小组门户 oversight', () => {
  test('coverage shows the floor of the plan 应急管理局 publishes, the same on the overview and the agency page', async ({ browser }) => {
    test.setTimeout(180_000);
    const leader = await leadershipUser(browser);
    await openLeadership(leader, `/?year=${YEAR}`);
    await expect(leader.getByRole('heading', { level: 1 })).toContainText('漳平市');
    const before = await yjjCoverage(leader);
    expect(before.length).toBeGreaterThan(0);
    // Without a published plan nothing is required.
    for (const row of before) expect(row).toMatchObject({ ratioFloor: '—', required: '—' });
    expect(before.some((r) => Number(r.generalUnits) > 0)).toBe(true);

    // 应急管理局 drafts a plan with a 15% floor for the year, its leader approves, it is published.
    const coord = await agencyUser(browser, 'yjj.coord');
    await open(coord, `/plans/new?year=${YEAR}`);
    await coord.getByLabel('一般事项最低抽查比例（%）').fill('15');
    await coord.getByRole('checkbox', { name: /YJJ-01/ }).check();
    await submit(coord, coord.getByRole('button', { name: '保存草稿' }), /\/plans\/[0-9a-f-]{36}\?saved=created/);
    const planUrl = coord.url().split('?')[0]!;
    await submit(coord, coord.getByRole('button', { name: '提交审批' }), /saved=submit/);
    const approver = await agencyUser(browser, 'yjj.leader');
    await open(approver, planUrl);
    await submit(approver, approver.getByRole('button', { name: '审批通过' }), /saved=approve/);
    await open(coord, planUrl);
    await submit(coord, coord.getByRole('button', { name: '公布并公示' }), /saved=publish$/);

    await openLeadership(leader, `/?year=${YEAR}`);
    const after = await yjjCoverage(leader);
    expect(after.map((r) => [r.sector, r.generalUnits])).toEqual(before.map((r) => [r.sector, r.generalUnits]));
    let required = 0;
    for (const row of after) {
      const expected = Math.ceil((Number(row.generalUnits) * 15) / 100);
      expect(row).toMatchObject({ ratioFloor: '15%', required: String(expected), drawn: '0' });
      // Nothing is drawn yet: every sector with a unit to check is below the floor.
      expect(row.highlighted).toBe(expected > 0);
      required += expected;
    }
    expect(required).toBeGreaterThan(0);
    const summary = leader.locator(`[data-testid="coverage-by-agency"] tr[data-name="${YJJ}"]`);
    expect(await rowFigures(summary, ['required', 'drawn'])).toEqual({ required: String(required), drawn: '0' });
    await expect(summary).toContainText('低于最低比例');
    // The other agencies published nothing for that year.
    await expect(leader.locator('[data-testid="coverage-by-agency"] tr[data-name="漳平市市场监督管理局"] [data-field="required"]')).toHaveText('—');
    await keepScreenshot(leader, 'leadership-overview');

    // The agency page shows the same rows for the same year.
    await leader.locator('[data-testid="coverage-by-agency"]').getByRole('link', { name: YJJ }).click();
    await hydrated(leader);
    await expect(leader).toHaveURL(/\/agencies\/[0-9a-f-]{36}$/);
    await expect(leader.getByRole('heading', { level: 1 })).toHaveText(YJJ);
    await leader.getByLabel('统计年度').selectOption(String(YEAR));
    await leader.getByRole('button', { name: '查看' }).click();
    await expect(leader).toHaveURL(new RegExp(`year=${YEAR}`));
    const rows = leader.locator('[data-testid="coverage-table"] [data-testid="coverage-row"]');
    await expect(rows).toHaveCount(after.length);
    for (let i = 0; i < after.length; i++) {
      expect(await rowFigures(rows.nth(i), ['generalUnits', 'ratioFloor', 'required', 'drawn'])).toEqual({
        generalUnits: after[i]!.generalUnits,
        ratioFloor: '15%',
        required: after[i]!.required,
        drawn: '0',
      });
    }
    await keepScreenshot(leader, 'leadership-agency');
  });

  test('a 督办 note to 应急管理局 is written without JavaScript, refused with the typed text kept, listed, then closed', async ({ browser }) => {
    test.setTimeout(120_000);
    const page = await leadershipUser(browser, { javaScript: false });
    await openLeadership(page, '/notes/new', false);

    // Nothing chosen: the refusal names the field and keeps what was typed.
    await page.getByLabel('督办内容').fill('请于期限内完成重点行业领域的抽查工作并书面报告。');
    await page.getByRole('button', { name: '下发督办单' }).click();
    await expect(page.getByTestId('form-error')).toBeVisible();
    await expect(page.locator('#f-toAgencyId-error')).toHaveText('请选择督办部门');
    await expect(page.getByLabel('督办内容')).toHaveValue('请于期限内完成重点行业领域的抽查工作并书面报告。');

    // The API's own refusal (no subject) lands next to its field, the agency stays chosen.
    await page.getByLabel('督办部门').selectOption({ label: YJJ });
    await page.getByRole('button', { name: '下发督办单' }).click();
    await expect(page.locator('#f-subject-error')).toHaveText('请填写督办事项');
    await expect(page.getByLabel('督办部门').locator('option:checked')).toHaveText(YJJ);
    await expect(page.getByLabel('督办内容')).toHaveValue('请于期限内完成重点行业领域的抽查工作并书面报告。');
    await keepScreenshot(page, 'leadership-note-refused');

    const subject = `抽查进度督办 ${Date.now()}`;
    const due = beijingDate(10);
    await page.getByLabel('督办事项').fill(subject);
    await page.getByLabel('办理期限').fill(due);
    await page.getByRole('button', { name: '下发督办单' }).click();
    await expect(page).toHaveURL(/\/notes\/[0-9a-f-]{36}\?saved=created$/);
    const noteUrl = page.url().split('?')[0]!;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(subject);
    await expect(page.getByTestId('note-status')).toHaveText('待办理');
    await expect(page.getByTestId('note-detail')).toContainText(due);
    await expect(page.getByTestId('note-response')).toContainText('尚未反馈');

    // Listed region-wide and on the agency's page; the overview counts the same open notes as the list.
    await openLeadership(page, '/notes?status=open', false);
    const listed = page.getByTestId('note-row').filter({ hasText: subject });
    await expect(listed).toContainText(YJJ);
    await expect(listed).toContainText('待办理');
    await expect(listed).toContainText(due);
    const openTotal = ((await page.getByTestId('pager-summary').textContent()) ?? '').match(/共 (\d+) 条/)?.[1];
    expect(Number(openTotal)).toBeGreaterThan(0);
    await keepScreenshot(page, 'leadership-notes');
    await openLeadership(page, '/', false);
    await expect(page.getByTestId('tile-notes')).toHaveText(`待办理 ${openTotal} 件`);
    await listedOnAgencyPage(page, subject);

    await page.goto(noteUrl);
    await page.getByLabel('办结意见').fill('已听取汇报，同意办结');
    await page.getByRole('button', { name: '办结督办单' }).click();
    await expect(page).toHaveURL(/saved=closed$/);
    await expect(page.getByTestId('note-status')).toHaveText('已办结');
    await expect(page.getByTestId('note-closed')).toContainText('已听取汇报，同意办结');
    await expect(page.getByRole('button', { name: '办结督办单' })).toHaveCount(0);
    await openLeadership(page, '/', false);
    await expect(page.getByTestId('tile-notes')).toHaveText(`待办理 ${Number(openTotal) - 1} 件`);
  });

  test('a note about a major hazard links the two both ways, and the agency sees which hazard', async ({ browser }) => {
    // The demo's 2020 history has 应急管理局's 挂牌督办 hazard; any major hazard of 应急管理局 will do.
    const hazards = (await (await apiAs('yjj.coord')).query('hazards.list', { pageSize: 1, filter: { severity: 'major' } })) as {
      rows: { id: string; objectName: string }[];
    };
    const hazard = hazards.rows[0]!;
    const leader = await leadershipUser(browser);
    await openLeadership(leader, `/hazards/${hazard.id}`);
    await leader.getByRole('link', { name: '就此隐患下发督办单' }).click();
    await hydrated(leader);
    await expect(leader.getByLabel('督办部门').locator('option:checked')).toHaveText(YJJ);
    await leader.getByLabel('督办内容').fill('请说明该隐患核销后的复查安排。');
    await leader.getByRole('button', { name: '下发督办单' }).click();
    await expect(leader).toHaveURL(/\/notes\/[0-9a-f-]{36}\?saved=created$/);
    const noteId = /\/notes\/([0-9a-f-]{36})/.exec(leader.url())![1]!;
    await expect(leader.getByTestId('note-hazard')).toContainText(hazard.objectName);
    await expect(leader.getByTestId('note-body')).toHaveText('请说明该隐患核销后的复查安排。');
    await openLeadership(leader, `/hazards/${hazard.id}`);
    await expect(leader.getByTestId('hazard-notes').getByRole('link')).toHaveCount(1);

    const coord = await agencyUser(browser, 'yjj.coord');
    await open(coord, `/notes/${noteId}`);
    await expect(coord.getByTestId('note-hazard').getByRole('link')).toHaveAttribute('href', `/hazards/${hazard.id}`);
  });

  test('the leadership reads but never edits agency work; an agency coordinator is refused', async ({ browser, page }) => {
    const leader = await leadershipUser(browser);
    // The only form that posts on the read-only pages is the logout button.
    const writeForms = leader.locator('form[method="POST"]:not([action="/logout"])');
    for (const path of ['/', '/agencies', '/overdue', '/hazards', '/inspectors']) {
      await openLeadership(leader, path);
      await expect(leader.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(writeForms).toHaveCount(0);
    }
    await openLeadership(leader, '/hazards');
    await expect(leader.getByTestId('hazard-list')).toBeVisible();
    await keepScreenshot(leader, 'leadership-hazards');
    await leader.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '各部门' }).click();
    await hydrated(leader);
    const agencyLink = leader.getByTestId('agency-list').getByRole('link', { name: YJJ, exact: true });
    await agencyLink.click();
    await expect(leader).toHaveURL(/\/agencies\/[0-9a-f-]{36}/);
    await expect(leader.getByRole('heading', { level: 1 })).toHaveText(YJJ);
    await expect(writeForms).toHaveCount(0);
    // Its only way to act is a 督办 note to the agency.
    await expect(leader.getByRole('link', { name: '写督办单', exact: true })).toHaveAttribute('href', /^\/notes\/new\?agency=/);

    // An agency coordinator: refused at login, and the portal's pages send it back to the login page.
    await page.goto(urls.leadership + '/login');
    await hydrated(page);
    await page.getByLabel('用户名').fill('yjj.coord');
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByTestId('login-error')).toHaveText('该账号不是领导小组成员，请使用部门工作门户登录');
    await page.goto(urls.leadership + '/agencies');
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByTestId('agency-list')).toHaveCount(0);
    // The downloads too: no file, the login page instead.
    for (const path of ['/agencies/export', '/hazards/export', '/overdue/export', '/inspectors/export']) {
      const response = await page.request.get(`${urls.leadership}${path}?format=csv`, { maxRedirects: 0 });
      expect([response.status(), response.headers()['location']], path).toEqual([303, `/login?next=${encodeURIComponent(`${path}?format=csv`)}`]);
    }
  });

  test('the agencies, hazards, overdue and inspector tables download as .xlsx with the page’s lines', async ({ browser }) => {
    const leader = await leadershipUser(browser);
    await openLeadership(leader, '/agencies?year=2020');
    const lines = leader.getByTestId('agency-list').locator('tbody tr');
    const names = await lines.locator('th').allTextContents();
    expect(names.length).toBeGreaterThan(2);
    const overdue = await lines.locator('td:nth-child(4)').allTextContents();
    const agencies = await download(leader, '将各部门监管情况导出为 Excel');
    expect(agencies.filename).toBe('各部门监管情况（2020年）.xlsx');
    const rows = await workbookRows(agencies.bytes, '各部门监管情况');
    expect(rows[0]).toEqual([
      '部门',
      '已抽户数',
      '应抽户数',
      '完成率',
      '低于最低比例',
      '逾期未公示',
      '在办重大隐患',
      '重大隐患超过挂牌督办期限',
      '未办结督办单',
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(names.map((n) => n.trim()));
    expect(rows.slice(1).map((r) => r[5])).toEqual(overdue.map((n) => n.trim()));

    // 重大事故隐患台账: the agencies' ledger columns, the page's hazards in the page's order.
    await openLeadership(leader, '/hazards');
    const hazardUsccs = await leader.getByTestId('hazard-list').locator('tbody tr small.lc-mono').allTextContents();
    expect(hazardUsccs.length).toBeGreaterThan(0);
    const hazards = await download(leader, '将重大事故隐患台账导出为 Excel');
    expect(hazards.filename).toBe('重大事故隐患台账.xlsx');
    const hazardRows = await workbookRows(hazards.bytes, '重大事故隐患台账');
    expect(hazardRows[0]!.slice(0, 4)).toEqual(['统一社会信用代码', '企业名称', '检查部门', '隐患描述']);
    expect(hazardRows.slice(1, 1 + hazardUsccs.length).map((r) => r[0])).toEqual(hazardUsccs);
    expect(hazardRows.slice(1).every((r) => r[4] === '重大事故隐患')).toBe(true);

    // 逾期未公示: the USCC kept as text beside its agency.
    await openLeadership(leader, '/overdue');
    const dueUsccs = await leader.getByTestId('due-list').locator('tbody tr small.lc-mono').allTextContents();
    const due = await download(leader, '将逾期未公示的检查结果导出为 Excel');
    const dueRows = await workbookRows(due.bytes, '逾期未公示的检查结果');
    expect(dueRows[0]).toEqual([
      '检查部门',
      '统一社会信用代码',
      '企业名称',
      '联合抽查任务',
      '任务编号',
      '检查结束日期',
      '公示期限',
      '期限为预计',
      '已审核结果',
    ]);
    expect(dueRows.slice(1, 1 + dueUsccs.length).map((r) => r[1])).toEqual(dueUsccs);

    // 检查人员工作量 of 2020, 50 inspectors a page, busiest first: the file holds every page's rows in that order.
    await openLeadership(leader, '/inspectors?year=2020');
    const column = () => leader.getByTestId('inspector-load').locator('tbody tr td:last-child').allTextContents();
    const totals = await column();
    expect(totals).toHaveLength(50);
    expect(totals.some((n) => Number(n) > 0)).toBe(true);
    const load = await download(leader, '将检查人员工作量导出为 Excel');
    await leader.getByRole('link', { name: '下一页' }).click();
    await expect(leader).toHaveURL(/page=2/);
    totals.push(...(await column()));
    expect(load.filename).toBe('检查人员工作量（2020年）.xlsx');
    const loadRows = await workbookRows(load.bytes, '检查人员工作量（2020年）');
    expect(loadRows[0]).toEqual(['检查人员', '专家', '部门', '一季度', '二季度', '三季度', '四季度', '全年检查户次']);
    expect(loadRows.slice(1).map((r) => r[7])).toEqual(totals.map((n) => n.trim()));
    await leader.context().close();
  });

  test('pages fit a tablet and the navigation works from the keyboard', async ({ browser }) => {
    const leader = await leadershipUser(browser);
    await leader.setViewportSize({ width: 820, height: 1180 });
    for (const path of ['/', '/notes/new', '/hazards']) {
      await openLeadership(leader, path);
      const overflow = await horizontalOverflow(leader);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    await openLeadership(leader, '/');
    await keepScreenshot(leader, 'leadership-overview-tablet');
    // Skip link first, then the nav: Enter on a nav link opens its page.
    await leader.keyboard.press('Tab');
    await expect(leader.getByRole('link', { name: '跳到主要内容' })).toBeFocused();
    const notes = leader.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '督办单' });
    await notes.focus();
    await leader.keyboard.press('Enter');
    await expect(leader).toHaveURL(/\/notes$/);
    await expect(notes).toHaveAttribute('aria-current', 'page');
  });
});

async function listedOnAgencyPage(page: Page, subject: string): Promise<void> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '各部门' }).click();
  await page.getByTestId('agency-list').getByRole('link', { name: YJJ, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(YJJ);
  await expect(page.getByTestId('note-list').getByTestId('note-row').filter({ hasText: subject })).toContainText('待办理');
}
