import { expect, test } from '@playwright/test';
import { agencyUser, beijingDate, open, submit } from '../fixtures/agency';
import { apiAs } from '../fixtures/api';
import { leadershipUser, openLeadership } from '../fixtures/leadership';
import { fits, phoneUser } from '../fixtures/phone';
import { urls } from '../fixtures/platform';
import { download } from '../fixtures/workbook';

test.describe('年度检查频次上限', () => {
  test('the agency publishes its caps; before requesting a case check the coordinator sees the enterprise’s count against them, on a phone too', async ({
    browser,
  }) => {
    const api = await apiAs('yjj.coord');
    const year = Number(beijingDate(0).slice(0, 4));
    const { ownAgencyId } = (await api.query('inspectionCaps.list', { year })) as { ownAgencyId: string };
    const { rows } = (await api.query('registry.objects.list', { pageSize: 1, filter: { search: '有限公司' } })) as { rows: { id: string }[] };
    const enterprise = (await api.query('registry.objects.get', { id: rows[0]!.id })) as { id: string; name: string; sectorCode: string };
    await api.mutate('inspectionCaps.publish', {
      agencyId: ownAgencyId,
      year,
      note: '浏览器测试',
      lines: [{ sectorCode: enterprise.sectorCode, riskClass: null, expectedPerYear: 1, maxPerYear: 1 }],
    });
    // The caps are public: 公示 answers without login.
    const input = encodeURIComponent(JSON.stringify({ json: { regionCode: '350881', year } }));
    const pub = (await (await fetch(`${urls.api}/trpc/public.inspectionCaps?input=${input}`)).json()) as {
      result: { data: { json: { versions: { note: string; lines: { maxPerYear: number }[] }[] } } };
    };
    expect(pub.result.data.json.versions.find((v) => v.note === '浏览器测试')?.lines.map((l) => l.maxPerYear)).toEqual([1]);

    const coord = await agencyUser(browser, 'yjj.coord');
    await open(coord, `/case-checks/new?object=${enterprise.id}`);
    await expect(coord.getByTestId('case-object')).toContainText(enterprise.name);
    const notice = coord.getByTestId('case-caps');
    await expect(notice).toContainText(`本部门${year}年已检查该企业`);
    await expect(notice).toContainText('年度检查频次上限 1 次');

    const phone = await phoneUser(browser, 'agency', 'yjj.coord');
    await fits(phone, `${urls.agency}/case-checks/new?object=${enterprise.id}`);
    await expect(phone.getByTestId('case-caps')).toBeVisible();
  });

  test('the coordinator publishes a new version through the form: a frequency above the cap is refused at its row; the public portal shows the caps without JavaScript', async ({
    browser,
  }) => {
    const api = await apiAs('yjj.coord');
    const year = Number(beijingDate(0).slice(0, 4));
    const list = (await api.query('inspectionCaps.list', { year })) as {
      ownAgencyId: string;
      canPublish: boolean;
      versions: { agencyId: string; agencyName: string; version: number; lines: { sectorCode: string; riskClass: string | null }[] }[];
    };
    expect(list.canPublish).toBe(true);
    const inForce = list.versions.find((v) => v.agencyId === list.ownAgencyId);
    const kept = inForce?.lines.length ?? 0;
    const { rows } = (await api.query('registry.objects.list', { pageSize: 1, filter: { search: '有限公司' } })) as { rows: { id: string }[] };
    const enterprise = (await api.query('registry.objects.get', { id: rows[0]!.id })) as { id: string; name: string; sectorCode: string };
    // A class no line in force names: the enterprise's sector, high risk only (D).
    expect(inForce?.lines.some((l) => l.sectorCode === enterprise.sectorCode && l.riskClass === 'D') ?? false).toBe(false);

    const coord = await agencyUser(browser, 'yjj.coord');
    await open(coord, `/caps?year=${year}`);
    const lines = coord.getByTestId('cap-line');
    // The lines in force fill the first rows; six empty rows follow (no JavaScript needed to add one).
    await expect(lines).toHaveCount(kept + 6);
    const row = lines.nth(kept);
    await row.getByLabel('行业领域').selectOption(enterprise.sectorCode);
    await row.getByLabel('风险等级').selectOption('D');
    await row.getByLabel('检查频次（次/年）').fill('3');
    await row.getByLabel('上限（次/年）').fill('2');
    await coord.getByLabel('说明').fill('浏览器测试：表单公布');
    await submit(coord, coord.getByRole('button', { name: '公布', exact: true }), /\/caps/);
    await expect(coord.getByTestId('form-error')).toContainText('年度检查频次上限有误');
    // The refusal is shown at the row's field, with what was typed kept.
    const refusedRow = coord.getByTestId('cap-line').nth(kept);
    await expect(refusedRow).toContainText('检查频次须为不大于上限');
    await expect(refusedRow.getByLabel('上限（次/年）')).toHaveValue('2');

    await refusedRow.getByLabel('检查频次（次/年）').fill('2');
    await submit(coord, coord.getByRole('button', { name: '公布', exact: true }), /saved=published/);
    await expect(coord.getByTestId('caps-saved')).toBeVisible();
    const version = (inForce?.version ?? 0) + 1;
    await expect(coord.getByTestId('own-caps')).toContainText('D类（高风险）');
    await expect(coord.getByTestId('cap-version')).toHaveCount(version);
    await expect(coord.getByTestId('cap-version').first()).toContainText(`第${version}版`);

    // The enterprise's registry page shows its ledger against our cap.
    await open(coord, `/registry/objects/${enterprise.id}`);
    await expect(coord.getByTestId('object-ledger')).toContainText(`${year}年度检查频次`);
    const after = (await api.query('inspectionCaps.list', { year })) as typeof list;
    const ours = after.versions.find((v) => v.agencyId === list.ownAgencyId)!;
    expect(ours.version).toBe(version);
    await expect(coord.getByTestId('object-ledger')).toContainText(ours.agencyName);

    // 公示: the region's 检查频次上限 tab, server-rendered, without JavaScript.
    const visitor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await visitor.goto(`${urls.public}/r/350881/caps?year=${year}`);
    await expect(visitor.getByRole('link', { name: '检查频次上限' })).toHaveAttribute('aria-current', 'page');
    const published = visitor.getByTestId('public-caps').filter({ hasText: '浏览器测试：表单公布' });
    await expect(published).toContainText(ours.agencyName);
    await expect(published).toContainText(`第${version}版`);
    await expect(published).toContainText('D类（高风险）');

    const phone = await phoneUser(browser, 'agency', 'yjj.coord');
    await fits(phone, `${urls.agency}/caps?year=${year}`);
    await fits(phone, `${urls.agency}/registry/objects/${enterprise.id}`);
  });

  test('the leadership group sees the 联合检查率 against its target and the warnings, and downloads the 年报 figures as CSV', async ({ browser }) => {
    const year = Number(beijingDate(0).slice(0, 4));
    const leader = await leadershipUser(browser);
    await openLeadership(leader, '/');
    await leader.getByRole('link', { name: '频次与联合检查' }).first().click();
    await expect(leader).toHaveURL(/\/caps/);
    await expect(leader.getByTestId('joint-rate')).toContainText('全区域联合检查率');
    await expect(leader.getByTestId('joint-rate')).toContainText(year >= 2027 ? '目标不低于 80%' : '目标不低于 60%');
    await expect(leader.getByTestId('cap-figures')).toBeVisible();
    await expect(leader.getByTestId('cap-warnings')).toBeVisible();
    await expect(leader.getByTestId('cap-breaches')).toBeVisible();

    // Another year by the URL's year, the picker keeping it.
    await openLeadership(leader, `/caps?year=${year - 1}`);
    await expect(leader.getByRole('heading', { name: '频次与联合检查' })).toBeVisible();
    await expect(leader.getByTestId('cap-report')).toHaveAttribute('href', `/caps/report?year=${year - 1}`);

    await openLeadership(leader, `/caps?year=${year}`);
    const file = await download(leader, `下载${year}年度行政检查频次统计（CSV）`);
    expect(file.filename).toBe(`${year}年度行政检查频次统计.csv`);
    // UTF-8 with a BOM, for Excel; the header names the 联合检查率 column; the last line is the region's total.
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.bytes.toString('utf8');
    expect(text).toContain('联合检查率（%）');
    expect(text).toContain('合计（每次检查计一次）');

    const phone = await phoneUser(browser, 'leadership', 'ldxz.zhang');
    await fits(phone, `${urls.leadership}/caps?year=${year}`);
  });
});
