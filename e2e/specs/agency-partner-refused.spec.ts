import { expect, test } from '@playwright/test';
import { agencyUser, open, submit } from '../fixtures/agency';
import { keepScreenshot } from '../fixtures/screenshot';
import { freshBody, uscc } from '../fixtures/uscc';

test.describe('部门工作门户 tenancy', () => {
  test('a partner agency cannot open another agency’s object or inspector: it reads as not found, in Chinese', async ({ browser }) => {
    // 应急管理局 registers an enterprise and an inspector of its own (nobody else supervises or shares them).
    const yjj = await agencyUser(browser, 'yjj.coord');
    const code = uscc(freshBody('Y'));
    await open(yjj, '/registry/objects/new');
    await yjj.getByLabel('统一社会信用代码').fill(code);
    await yjj.getByLabel('企业名称').fill('漳平市应急局专管测试有限公司');
    await yjj.getByLabel('属地乡镇（街道）').selectOption({ label: '菁城街道（350881001）' });
    await yjj.getByLabel('行业领域').selectOption({ label: '工贸' });
    await submit(yjj, yjj.getByRole('button', { name: '保存' }), /\/registry\/objects\/[0-9a-f-]{36}\?saved=created/);
    const objectUrl = yjj.url().split('?')[0]!;

    await open(yjj, '/registry/inspectors/new');
    await yjj.getByLabel('姓名').fill('郑测试');
    await yjj.getByLabel('执法证号').fill(`35088101${freshBody('')}`.slice(0, 13));
    await yjj.getByLabel('执法证有效期至').fill('2029-12-31');
    await submit(yjj, yjj.getByRole('button', { name: '保存' }), /\/registry\/inspectors\/[0-9a-f-]{36}\?saved=created/);
    const inspectorUrl = yjj.url().split('?')[0]!;

    const scj = await agencyUser(browser, 'scj.coord');
    for (const url of [objectUrl, inspectorUrl]) {
      const response = await scj.goto(url);
      expect(response?.status()).toBe(404);
      await expect(scj.getByRole('heading', { name: '页面不存在' })).toBeVisible();
      await expect(scj.locator('main')).not.toContainText('漳平市应急局专管测试有限公司');
      await expect(scj.locator('main')).not.toContainText('郑测试');
    }
    await keepScreenshot(scj, 'agency-partner-refused');

    // Nor does it show in the partner's own lists.
    await open(scj, `/registry/objects?q=${code}`);
    await expect(scj.getByTestId('pager-summary').first()).toContainText('共 0 条');

    // The demo region's public figures (counted by other specs) stay as loaded.
    await open(yjj, objectUrl);
    await submit(yjj, yjj.getByRole('button', { name: '归档该检查对象' }), /saved=archived/);
  });
});
