import { expect, test } from '@playwright/test';
import { agencyUser, beijingDate, open } from '../fixtures/agency';
import { apiAs } from '../fixtures/api';
import { fits, phoneUser } from '../fixtures/phone';
import { urls } from '../fixtures/platform';

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
});
