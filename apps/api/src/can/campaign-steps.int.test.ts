import { beforeAll, describe, expect, it } from 'vitest';
import { testDbKind } from '@liancha/db/testing';
import type { callerFor } from '../testing/caller.js';
import { checkAgreement } from '../testing/can-agreement.js';
import { loadDemoWorld } from '../testing/demo-world.js';
import { sessionTokenFor } from '../testing/session.js';
import { openDemoDb } from '../testing/demo-db.js';

type Api = Awaited<ReturnType<typeof callerFor>>;

const PERSONAS = ['yjj.coord', 'yjj.insp1', 'yjj.leader', 'yjj.admin', 'scj.coord', 'ldxz.zhang', 'admin', 'xl.coord'];
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

/**
 * The `can` flags of campaigns.get against the step mutations, persona by persona, at each state:
 * what a flag offers goes through, what it withholds is refused (probes are rolled back).
 */
describe(`can flags of 专项检查 agree with their mutations on ${testDbKind()}`, () => {
  const demo = openDemoDb(loadDemoWorld);
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    for (const persona of PERSONAS) tokens[persona] = await sessionTokenFor(demo.handle.db, persona);
  }, 300_000);

  it('campaigns: draft, submitted, approved, filed, published, closed', async () => {
    const yjj = await demo.world.as('yjj.coord');
    const leadership = await demo.world.as('ldxz.zhang');
    const year = Number(today().slice(0, 4));
    const { id } = await yjj.campaigns.create({
      year,
      name: '燃气安全专项检查',
      legalBasis: '《城镇燃气管理条例》',
      content: '燃气使用场所安全',
      scopeNote: '餐饮场所',
      windowFrom: today(),
      windowTo: `${year}-12-31`,
    });
    const agrees = (stage: string) =>
      checkAgreement({
        db: demo.handle.db,
        label: `campaign ${stage}`,
        tokens,
        read: async (api: Api) => (await api.campaigns.get({ id })).can,
        calls: {
          submit: (api: Api) => api.campaigns.submit({ id }),
          approve: (api: Api) => api.campaigns.approve({ id }),
          reject: (api: Api) => api.campaigns.reject({ id, note: '与上级部署重复' }),
          file: (api: Api) => api.campaigns.file({ id, filingNo: '漳专备1号', filedWith: '漳平市人民政府' }),
          publish: (api: Api) => api.campaigns.publish({ id }),
          close: (api: Api) => api.campaigns.close({ id }),
          withdraw: (api: Api) => api.campaigns.withdraw({ id }),
        },
      });
    expect(await agrees('draft')).toMatchObject({
      'yjj.coord': 'submit withdraw',
      'yjj.leader': '',
      'yjj.insp1': 'NOT_FOUND',
      'ldxz.zhang': '',
      'scj.coord': 'NOT_FOUND',
      'xl.coord': 'NOT_FOUND',
    });
    await yjj.campaigns.submit({ id });
    expect(await agrees('submitted')).toMatchObject({ 'yjj.coord': 'withdraw', 'ldxz.zhang': 'approve reject' });
    await leadership.campaigns.approve({ id });
    expect(await agrees('approved')).toMatchObject({ 'yjj.coord': 'withdraw', 'ldxz.zhang': 'file' });
    await leadership.campaigns.file({ id, filingNo: '漳专备1号', filedWith: '漳平市人民政府' });
    expect(await agrees('filed')).toMatchObject({ 'yjj.coord': 'publish withdraw', 'ldxz.zhang': '' });
    await yjj.campaigns.publish({ id });
    expect(await agrees('published')).toMatchObject({ 'yjj.coord': 'close', 'scj.coord': '', 'yjj.insp1': '', 'ldxz.zhang': '' });
    await yjj.campaigns.close({ id });
    expect((await agrees('closed'))['yjj.coord']).toBe('');
  }, 300_000);
});
