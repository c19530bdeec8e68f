import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TRPCError } from '@trpc/server';
import { verifyAuditChain, type DbHandle } from '@liancha/db';
import { createTestDb, testDbKind } from '@liancha/db/testing';
import { composeUscc } from '@liancha/domain';
import { loadDemoWorld } from '../../../testing/demo-world.js';
import { codeOf } from '../../../testing/refusal.js';

type Api = Awaited<ReturnType<Awaited<ReturnType<typeof loadDemoWorld>>['as']>>;

const uscc = (body: string) => composeUscc({ authority: '9', entityType: '1', division: '350881', orgBody: body });
const b64 = (text: string, bom = false) => Buffer.from((bom ? '\ufeff' : '') + text, 'utf8').toString('base64');
const HEADER = '统一社会信用代码,企业名称,属地乡镇（街道）,行业领域,风险等级';

async function waitReady(api: Api, jobId: string) {
  for (let i = 0; i < 200; i++) {
    const job = await api.registry.imports.status({ jobId });
    if (job.status !== 'parsing') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import did not finish');
}

describe(`registry imports on ${testDbKind()}`, () => {
  let handle: DbHandle;
  let world: Awaited<ReturnType<typeof loadDemoWorld>>;
  let coord: Api;
  const objectCount = async () =>
    Number(
      (
        await handle.db
          .selectFrom('object')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    handle = await createTestDb({ template: 'demo' });
    world = await loadDemoWorld(handle.db);
    coord = await world.as('yjj.coord');
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('previews every faulty row with its row, column and reason, and a faulty file commits nothing', async () => {
    const good = uscc('TMP00001');
    const badCheck = uscc('TMP00002').slice(0, 17) + (uscc('TMP00002')[17] === '0' ? '1' : '0');
    const csv = [
      HEADER,
      `${good},漳平市导入测试一厂,菁城街道,工贸,B`,
      `${badCheck},漳平市导入测试二厂,菁城街道,工贸,B`,
      `${good},重复的企业,菁城街道,工贸,B`,
      `${uscc('TMP00003')},漳平市导入测试三厂,菁城街道,煤矿,B`,
      `${uscc('TMP00004')},,菁城街道,工贸,B`,
    ].join('\r\n');
    const before = await objectCount();
    const { jobId } = await coord.registry.imports.start({ kind: 'object', filename: '名录.csv', contentBase64: b64(csv, true) });
    const job = await waitReady(coord, jobId);
    expect(job).toMatchObject({ status: 'ready', totalRows: 5, encoding: 'utf-8-bom', format: 'csv' });
    const { issues, total } = await coord.registry.imports.issues({ jobId });
    expect(total).toBe(4);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, column: '统一社会信用代码', message: expect.stringContaining('第18位校验码应为') }),
        expect.objectContaining({ row: 4, column: '统一社会信用代码', message: expect.stringContaining('第2行重复') }),
        expect.objectContaining({ row: 5, column: '行业领域', message: expect.stringContaining('煤矿') }),
        expect.objectContaining({ row: 6, column: '企业名称' }),
      ]),
    );
    expect(await codeOf(coord.registry.imports.commit({ jobId }))).toBe('PRECONDITION_FAILED');
    expect(await objectCount()).toBe(before);
  });

  it('commits a GBK file atomically and idempotently, with one audit event per row', async () => {
    const rows = [HEADER, `${uscc('TMP00010')},漳平市导入新厂甲,桂林街道,工贸,C`, `${uscc('TMP00011')},漳平市导入新厂乙,新桥镇,烟花爆竹,D`].join('\r\n');
    const gbk = Buffer.from(encodeGbk(rows)).toString('base64');
    const before = await objectCount();
    const first = await coord.registry.imports.start({ kind: 'object', filename: '名录（GBK）.csv', contentBase64: gbk });
    expect(await waitReady(coord, first.jobId)).toMatchObject({ status: 'ready', encoding: 'gbk' });
    expect(await coord.registry.imports.commit({ jobId: first.jobId })).toEqual({ total: 2, inserted: 2, updated: 0 });
    expect(await objectCount()).toBe(before + 2);
    expect(await codeOf(coord.registry.imports.commit({ jobId: first.jobId }))).toBe('CONFLICT');

    const again = await coord.registry.imports.start({ kind: 'object', filename: '名录（GBK）.csv', contentBase64: gbk });
    await waitReady(coord, again.jobId);
    expect(await coord.registry.imports.commit({ jobId: again.jobId })).toEqual({ total: 2, inserted: 0, updated: 2 });
    expect(await objectCount()).toBe(before + 2);
    const row = (await coord.registry.objects.list({ filter: { search: '导入新厂乙' } })).rows[0]!;
    expect(row).toMatchObject({ riskClass: 'D', sectorCode: 'fireworks', supervisingAgencyIds: [world.agencyId('yjj')] });
    const events = await handle.db.selectFrom('auditEvent').select('action').where('subjectId', '=', row.id).orderBy('seq').execute();
    expect(events.map((e) => e.action)).toEqual(['object.import.create', 'object.import.update']);
    expect(await verifyAuditChain(handle.db, '350881')).toMatchObject({ ok: true });
  });

  it('only overwrites the columns the file has: a file without 标签 keeps the stored tags', async () => {
    const id = (await coord.registry.objects.list({ filter: { search: '导入新厂甲' } })).rows[0]!.id;
    await coord.registry.objects.update({ id, patch: { tags: ['lpg'] } });
    const csv = [HEADER, `${uscc('TMP00010')},漳平市导入新厂甲（更名）,桂林街道,工贸,C`].join('\n');
    const { jobId } = await coord.registry.imports.start({ kind: 'object', filename: 'a.csv', contentBase64: b64(csv) });
    await waitReady(coord, jobId);
    await coord.registry.imports.commit({ jobId });
    expect(await coord.registry.objects.get({ id })).toMatchObject({ name: '漳平市导入新厂甲（更名）', tags: ['lpg'] });
  });

  it('exports the agency’s inspectors as .xlsx that imports back without a fault', async () => {
    const file = await coord.registry.imports.export({ kind: 'inspector', format: 'xlsx' });
    expect(file.filename).toBe('执法检查人员名录库.xlsx');
    const { jobId } = await coord.registry.imports.start({ kind: 'inspector', filename: file.filename, contentBase64: file.contentBase64 });
    const job = await waitReady(coord, jobId);
    expect(job.status).toBe('ready');
    const { issues } = await coord.registry.imports.issues({ jobId });
    // Expired certificates are import faults by rule; anything else would be a round-trip bug.
    expect(issues.filter((i) => !i.message.includes('过期'))).toEqual([]);
  });

  it('refuses inspectors whose certificate another agency holds, naming the rows, and changes nothing', async () => {
    const scjInspector = await handle.db
      .selectFrom('inspector')
      .select(['certificateNo'])
      .where('agencyId', '=', world.agencyId('scj'))
      .where('certificateExpiry', '>', '2027-01-01')
      .executeTakeFirstOrThrow();
    const csv = ['执法证号,姓名,执法证有效期', `${scjInspector.certificateNo},冒用者,2028-12-31`, '35088101X9999,新检查员,2028-12-31'].join('\n');
    const { jobId } = await coord.registry.imports.start({ kind: 'inspector', filename: 'i.csv', contentBase64: b64(csv) });
    expect((await waitReady(coord, jobId)).status).toBe('ready');
    const error = await coord.registry.imports.commit({ jobId }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONFLICT' });
    expect((error as TRPCError).message).toContain('本次导入未做任何改动');
    expect(await handle.db.selectFrom('inspector').select('id').where('certificateNo', '=', '35088101X9999').executeTakeFirst()).toBeUndefined();
  });

  it('refuses an expired enforcement certificate, naming the row and date', async () => {
    const csv = ['执法证号,姓名,执法证有效期', '35088101X0001,有效证件,2028-12-31', '35088101X0002,过期证件,2020-06-30'].join('\n');
    const { jobId } = await coord.registry.imports.start({ kind: 'inspector', filename: 'e.csv', contentBase64: b64(csv) });
    await waitReady(coord, jobId);
    const { issues } = await coord.registry.imports.issues({ jobId });
    expect(issues).toEqual([expect.objectContaining({ row: 3, column: '执法证有效期', message: expect.stringContaining('执法证已于2020-06-30过期') })]);
    expect(await codeOf(coord.registry.imports.commit({ jobId }))).toBe('PRECONDITION_FAILED');
  });

  it('reports whole-file faults on the job, and keeps jobs private to their uploader', async () => {
    const { jobId } = await coord.registry.imports.start({ kind: 'object', filename: 'x.txt', contentBase64: b64('hello') });
    expect(await waitReady(coord, jobId)).toMatchObject({ status: 'failed', error: expect.stringMatching(/xlsx|csv/) });
    const missing = await coord.registry.imports.start({ kind: 'object', filename: 'y.csv', contentBase64: b64('企业名称\n某公司') });
    expect((await waitReady(coord, missing.jobId)).error).toContain('统一社会信用代码');
    expect(await codeOf((await world.as('yjj.admin')).registry.imports.status({ jobId }))).toBe('NOT_FOUND');
    expect(await codeOf((await world.as('yjj.insp1')).registry.imports.start({ kind: 'object', filename: 'a.csv', contentBase64: b64('a') }))).toBe(
      'FORBIDDEN',
    );
  });
});

/** GBK bytes for the characters of the test file, via the reverse of Node's GBK decoder. */
function encodeGbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else out.push(...(table.get(ch) ?? []));
  }
  return new Uint8Array(out);
}
