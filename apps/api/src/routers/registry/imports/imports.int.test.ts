import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TRPCError } from '@trpc/server';
import { createHash } from 'node:crypto';
import { listImportBatches, verifyAuditChain, type DbHandle } from '@liancha/db';
import { createTestDb, testDbKind } from '@liancha/db/testing';
import { canonicalJson, composeUscc } from '@liancha/domain';
import { encodeGbk } from '@liancha/registry-io/testing';
import { loadDemoWorld } from '../../../testing/demo-world.js';
import { codeOf } from '../../../testing/refusal.js';

type Api = Awaited<ReturnType<Awaited<ReturnType<typeof loadDemoWorld>>['as']>>;

const uscc = (body: string) => composeUscc({ authority: '9', entityType: '1', division: '350881', orgBody: body });
const b64 = (text: string, bom = false) => Buffer.from((bom ? '\ufeff' : '') + text, 'utf8').toString('base64');
const HEADER = '统一社会信用代码,企业名称,属地乡镇（街道）,行业领域,风险等级';

/** Polls until the background work (parsing or writing) is over, as the portal does. */
async function waitReady(api: Api, jobId: string) {
  for (let i = 0; i < 400; i++) {
    const job = await api.registry.imports.status({ jobId });
    if (job.status !== 'parsing' && job.status !== 'committing') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import did not finish');
}

/** Commit with the given choices and wait for the rows to be written; the job as it ends. */
async function commitAndWait(
  api: Api,
  jobId: string,
  options: { validOnly?: boolean; decisions?: Parameters<Api['registry']['imports']['commit']>[0]['decisions'] } = {},
) {
  expect(await api.registry.imports.commit({ jobId, ...options })).toEqual({ jobId, status: 'committing' });
  return waitReady(api, jobId);
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
    expect(job.refusedCount).toBe(4);
    const refusal = await coord.registry.imports.commit({ jobId }).catch((e: unknown) => e as TRPCError);
    expect(refusal).toMatchObject({ code: 'PRECONDITION_FAILED', message: expect.stringContaining('只导入无误的行') });
    expect(await objectCount()).toBe(before);

    // The refused rows go out as a spreadsheet with an error column, to fix and import again.
    // (registry-io's own tests open the .xlsx form with exceljs.)
    const file = await coord.registry.imports.refused({ jobId, format: 'csv' });
    expect(file.filename).toBe('检查对象名录库（未导入的行）.csv');
    const lines = Buffer.from(file.contentBase64, 'base64')
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]!.endsWith('原文件行号,错误说明')).toBe(true);
    expect(lines[1]).toContain(`${badCheck},漳平市导入测试二厂,`);
    expect(lines[1]).toMatch(/,3,统一社会信用代码：第18位校验码应为/);
    expect(lines[3]).toMatch(/,5,行业领域：未知的行业领域“煤矿”，应填写以下之一：/);

    // Importing the valid rows only is an explicit choice: the one good row goes in, the four stay out.
    const done = await commitAndWait(coord, jobId, { validOnly: true });
    expect(done).toMatchObject({ status: 'committed', summary: expect.objectContaining({ total: 1, inserted: 1, notImported: 4 }) });
    expect(await objectCount()).toBe(before + 1);
    // The importer hears of it in the notification list, with a link back to the job.
    const inbox = await coord.notifications.list({});
    expect(inbox.rows.find((n) => n.kind === 'import_finished')).toMatchObject({
      title: expect.stringContaining('（4 行未导入）'),
      link: `/registry/imports/${jobId}`,
    });
  });

  it('commits a GBK file atomically and idempotently, with one audit event per batch proving its rows', async () => {
    const rows = [HEADER, `${uscc('TMP00010')},漳平市导入新厂甲,桂林街道,工贸,C`, `${uscc('TMP00011')},漳平市导入新厂乙,新桥镇,烟花爆竹,D`].join('\r\n');
    const gbk = Buffer.from(encodeGbk(rows)).toString('base64');
    const before = await objectCount();
    const first = await coord.registry.imports.start({ kind: 'object', filename: '名录（GBK）.csv', contentBase64: gbk });
    expect(await waitReady(coord, first.jobId)).toMatchObject({ status: 'ready', encoding: 'gbk' });
    expect((await commitAndWait(coord, first.jobId)).summary).toMatchObject({ total: 2, inserted: 2, updated: 0 });
    expect(await objectCount()).toBe(before + 2);
    expect(await codeOf(coord.registry.imports.commit({ jobId: first.jobId }))).toBe('CONFLICT');

    const again = await coord.registry.imports.start({ kind: 'object', filename: '名录（GBK）.csv', contentBase64: gbk });
    await waitReady(coord, again.jobId);
    expect((await commitAndWait(coord, again.jobId)).summary).toMatchObject({ total: 2, inserted: 0, updated: 2 });
    expect(await objectCount()).toBe(before + 2);
    const row = (await coord.registry.objects.list({ filter: { search: '导入新厂乙' } })).rows[0]!;
    expect(row).toMatchObject({ riskClass: 'D', sectorCode: 'fireworks', supervisingAgencyIds: [world.agencyId('yjj')] });

    // One event per batch, in the hash chain, carrying the SHA-256 of the batch's kept rows (each with before and after).
    const events = await handle.db
      .selectFrom('auditEvent')
      .select(['action', 'subjectId', 'after'])
      .where('subjectId', 'in', [first.jobId, again.jobId])
      .where('action', '=', 'object.import.batch')
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.subjectId)).toEqual([first.jobId, again.jobId]);
    for (const [i, jobId] of [first.jobId, again.jobId].entries()) {
      const [batch] = await listImportBatches(handle.db, { regionCode: '350881' }, jobId);
      expect(events[i]!.after).toMatchObject({ batchNo: 1, firstRow: 2, lastRow: 3, rows: 2, sha256: batch!.sha256 });
      expect(createHash('sha256').update(canonicalJson(batch!.rows)).digest('hex')).toBe(batch!.sha256);
    }
    const [updated] = await listImportBatches(handle.db, { regionCode: '350881' }, again.jobId);
    const kept = updated!.rows as { key: string; id: string; before: { riskClass: string } | null; after: { riskClass: string } }[];
    expect(kept.find((r) => r.id === row.id)).toMatchObject({ before: { riskClass: 'D' }, after: { riskClass: 'D' } });
    // A changed kept row no longer matches its audited digest.
    const forged = kept.map((r) => (r.id === row.id ? { ...r, after: { ...r.after, riskClass: 'A' } } : r));
    expect(createHash('sha256').update(canonicalJson(forged)).digest('hex')).not.toBe(updated!.sha256);
    expect(await verifyAuditChain(handle.db, '350881')).toMatchObject({ ok: true });

    // The audit check walks every batch against its event: a kept row edited in place is named.
    const auditor = await world.as('ldxz.zhang');
    const batches = (await auditor.audit.verify()).importBatches;
    expect(batches).toEqual({ checked: expect.any(Number), mismatched: [] });
    expect(batches.checked).toBeGreaterThanOrEqual(2);
    await handle.db.updateTable('importBatch').set({ rows: forged }).where('jobId', '=', again.jobId).execute();
    expect((await auditor.audit.verify()).importBatches).toEqual({
      checked: batches.checked,
      mismatched: [{ jobId: again.jobId, batchNo: 1, problem: 'rows_changed' }],
    });
    await handle.db.updateTable('importBatch').set({ rows: kept }).where('jobId', '=', again.jobId).execute();
  });

  it('keeps a large preview in chunks as it is checked, and commits every chunk in order', async () => {
    // 2,345 rows, every 500th with an unknown 风险等级: three chunks of kept rows, five refused rows.
    const lines = Array.from(
      { length: 2345 },
      (_, i) => `${uscc(`TMC${String(i).padStart(5, '0')}`)},漳平市分块厂${i},桂林街道,工贸,${i % 500 === 7 ? 'E' : 'B'}`,
    );
    const before = await objectCount();
    const { jobId } = await coord.registry.imports.start({ kind: 'object', filename: 'big.csv', contentBase64: b64([HEADER, ...lines].join('\n')) });
    expect(await waitReady(coord, jobId)).toMatchObject({ status: 'ready', totalRows: 2345 });
    const chunks = await handle.db.selectFrom('importJobChunk').select(['chunkNo', 'rowCount']).where('jobId', '=', jobId).orderBy('chunkNo').execute();
    expect(chunks.map((c) => c.rowCount).reduce((a, b) => a + b, 0)).toBe(2340);
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    const job = await commitAndWait(coord, jobId, { validOnly: true });
    expect(job.summary).toMatchObject({ total: 2340, inserted: 2340, notImported: 5 });
    expect(await objectCount()).toBe(before + 2340);
    // Batches of the commit follow the file across chunks, and the chunks are gone once written.
    const batches = await listImportBatches(handle.db, { regionCode: '350881' }, jobId);
    expect(batches.map((b) => b.rowCount)).toEqual([1000, 1000, 340]);
    expect(batches[0]!.firstRow).toBe(2);
    expect(batches[2]!.lastRow).toBe(2346);
    expect(await handle.db.selectFrom('importJobChunk').select('chunkNo').where('jobId', '=', jobId).execute()).toEqual([]);
  });

  it('only overwrites the columns the file has: a file without 标签 keeps the stored tags', async () => {
    const id = (await coord.registry.objects.list({ filter: { search: '导入新厂甲' } })).rows[0]!.id;
    await coord.registry.objects.update({ id, patch: { tags: ['lpg'] } });
    const csv = [HEADER, `${uscc('TMP00010')},漳平市导入新厂甲（更名）,桂林街道,工贸,C`].join('\n');
    const { jobId } = await coord.registry.imports.start({ kind: 'object', filename: 'a.csv', contentBase64: b64(csv) });
    await waitReady(coord, jobId);
    await commitAndWait(coord, jobId);
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

  it('refuses in the preview the inspectors whose certificate another agency holds, and imports the rest only when asked', async () => {
    const scjInspector = await handle.db
      .selectFrom('inspector')
      .select(['certificateNo'])
      .where('agencyId', '=', world.agencyId('scj'))
      .where('certificateExpiry', '>', '2027-01-01')
      .executeTakeFirstOrThrow();
    const csv = ['执法证号,姓名,执法证有效期', `${scjInspector.certificateNo},冒用者,2028-12-31`, '35088101X9999,新检查员,2028-12-31'].join('\n');
    const { jobId } = await coord.registry.imports.start({ kind: 'inspector', filename: 'i.csv', contentBase64: b64(csv) });
    expect(await waitReady(coord, jobId)).toMatchObject({ status: 'ready', refusedCount: 1 });
    expect((await coord.registry.imports.issues({ jobId })).issues).toEqual([
      expect.objectContaining({ row: 2, column: '执法证号', message: `执法证号 ${scjInspector.certificateNo} 已由其他部门登记，不能导入` }),
    ]);
    const error = await coord.registry.imports.commit({ jobId }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PRECONDITION_FAILED' });
    expect((error as TRPCError).message).toContain('本次未导入任何数据');
    expect(await handle.db.selectFrom('inspector').select('id').where('certificateNo', '=', '35088101X9999').executeTakeFirst()).toBeUndefined();
    await commitAndWait(coord, jobId, { validOnly: true });
    expect(await handle.db.selectFrom('inspector').select('agencyId').where('certificateNo', '=', '35088101X9999').executeTakeFirst()).toEqual({
      agencyId: world.agencyId('yjj'),
    });
    const theirs = await handle.db.selectFrom('inspector').select('name').where('certificateNo', '=', scjInspector.certificateNo).executeTakeFirstOrThrow();
    expect(theirs.name).not.toBe('冒用者');
  });

  it('refuses an expired enforcement certificate, naming the row and date', async () => {
    const csv = ['执法证号,姓名,执法证有效期', '35088101X0001,有效证件,2028-12-31', '35088101X0002,过期证件,2020-06-30'].join('\n');
    const { jobId } = await coord.registry.imports.start({ kind: 'inspector', filename: 'e.csv', contentBase64: b64(csv) });
    await waitReady(coord, jobId);
    const { issues } = await coord.registry.imports.issues({ jobId });
    expect(issues).toEqual([expect.objectContaining({ row: 3, column: '执法证有效期', message: expect.stringContaining('执法证已于2020-06-30过期') })]);
    expect(await codeOf(coord.registry.imports.commit({ jobId }))).toBe('PRECONDITION_FAILED');
  });

  it('proposes the clerk’s own sub-sector and tag words, imports after each is mapped or created, and remembers them', async () => {
    const admin = await world.as('yjj.admin');
    const header = `${HEADER},细分行业,标签`;
    const csv = [
      header,
      `${uscc('TMP00020')},漳平市彩虹油漆经营部,菁城街道,危险化学品,B,油漆经营,`,
      `${uscc('TMP00021')},漳平市新星油漆店,桂林街道,危险化学品,C,油漆经营,喷涂作业`,
      `${uscc('TMP00022')},漳平市瓷都陶瓷厂,永福镇,工贸,B,陶瓷制造,`,
    ].join('\r\n');
    const gbk = Buffer.from(encodeGbk(csv)).toString('base64');
    const { jobId } = await admin.registry.imports.start({ kind: 'object', filename: '自有名录.csv', contentBase64: gbk });
    const job = await waitReady(admin, jobId);
    expect(job).toMatchObject({ status: 'ready', refusedCount: 0, mayCreate: { subSector: true, objectTag: true, expertise: true, unit: true } });
    expect(job.proposals).toEqual([
      {
        list: 'subSector',
        parentCode: 'hazardous_chemicals',
        text: '油漆经营',
        rows: 2,
        firstRow: 2,
        suggestions: expect.arrayContaining([{ code: 'hazardous_chemicals.trading', name: '危险化学品经营（不带储存）' }]),
      },
      { list: 'objectTag', parentCode: null, text: '喷涂作业', rows: 1, firstRow: 3, suggestions: expect.any(Array) },
      { list: 'subSector', parentCode: 'industry_trade', text: '陶瓷制造', rows: 1, firstRow: 4, suggestions: expect.any(Array) },
    ]);
    // Every new word needs a decision; a mapping must name an entry of the row's own main sector.
    expect(await codeOf(admin.registry.imports.commit({ jobId }))).toBe('PRECONDITION_FAILED');
    const paint = { list: 'subSector' as const, parentCode: 'hazardous_chemicals', text: '油漆经营' };
    const ceramics = { list: 'subSector' as const, parentCode: 'industry_trade', text: '陶瓷制造' };
    const dust = { list: 'objectTag' as const, parentCode: null, text: '喷涂作业' };
    expect(
      await codeOf(
        admin.registry.imports.commit({
          jobId,
          decisions: [
            { ...paint, action: 'map', code: 'industry_trade.metallurgy' },
            { ...ceramics, action: 'create' },
            { ...dust, action: 'create' },
          ],
        }),
      ),
    ).toBe('BAD_REQUEST');
    const done = await commitAndWait(admin, jobId, {
      decisions: [
        { ...paint, action: 'map', code: 'hazardous_chemicals.trading' },
        { ...ceramics, action: 'create' },
        { ...dust, action: 'create', name: '喷涂作业场所' },
      ],
    });
    expect(done).toMatchObject({ status: 'committed', summary: expect.objectContaining({ total: 3, inserted: 3 }) });
    const list = async (search: string) => (await admin.registry.objects.list({ filter: { search } })).rows[0]!;
    expect(await list('彩虹油漆')).toMatchObject({ subSectorCode: 'hazardous_chemicals.trading' });
    const ceramic = await list('瓷都陶瓷');
    expect(ceramic.subSectorCode).toMatch(/^industry_trade\.r350881_/);
    const dustTag = (await list('新星油漆')).tags[0]!;
    const reference = await admin.reference.directory();
    expect(reference.sectors.find((s) => s.code === ceramic.subSectorCode)).toMatchObject({ name: '陶瓷制造', parentCode: 'industry_trade' });
    expect(reference.tags.find((t) => t.code === dustTag)).toMatchObject({ name: '喷涂作业场所' });

    // The agency's next file reads the same words without asking; another region sees none of them.
    const next = [
      header,
      `${uscc('TMP00023')},漳平市三号油漆店,菁城街道,危险化学品,B,油漆经营,喷涂作业`,
      `${uscc('TMP00024')},漳平市二号陶瓷厂,永福镇,工贸,A,陶瓷制造,`,
    ].join('\r\n');
    const second = await admin.registry.imports.start({ kind: 'object', filename: '下一批.csv', contentBase64: b64(next) });
    expect(await waitReady(admin, second.jobId)).toMatchObject({ status: 'ready', proposals: [], refusedCount: 0 });
    await commitAndWait(admin, second.jobId);
    expect(await list('三号油漆店')).toMatchObject({ subSectorCode: 'hazardous_chemicals.trading', tags: [dustTag] });
    expect(await list('二号陶瓷厂')).toMatchObject({ subSectorCode: ceramic.subSectorCode });
    const elsewhere = await (await world.as('xl.coord')).reference.directory();
    expect(elsewhere.sectors.some((s) => s.code === ceramic.subSectorCode)).toBe(false);
  });

  it('creating a region sub-sector is the agency admin’s decision; a coordinator maps it', async () => {
    const csv = [`${HEADER},细分行业`, `${uscc('TMP00030')},漳平市竹木加工厂,菁城街道,工贸,B,竹木加工`].join('\n');
    const { jobId } = await coord.registry.imports.start({ kind: 'object', filename: 'c.csv', contentBase64: b64(csv) });
    // The preview tells the portal which words the caller may create, so it offers only mapping where it must.
    expect((await waitReady(coord, jobId)).mayCreate).toEqual({ subSector: false, objectTag: true, expertise: true, unit: false });
    const bamboo = { list: 'subSector' as const, parentCode: 'industry_trade', text: '竹木加工' };
    expect(await codeOf(coord.registry.imports.commit({ jobId, decisions: [{ ...bamboo, action: 'create' }] }))).toBe('FORBIDDEN');
    const done = await commitAndWait(coord, jobId, { decisions: [{ ...bamboo, action: 'map', code: 'industry_trade.light_industry' }] });
    expect(done.status).toBe('committed');
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
