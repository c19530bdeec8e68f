import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@liancha/db';
import { createTestDb, testDbKind } from '@liancha/db/testing';
import { at, loadOutcomeWorld, type OutcomeWorld } from '../testing/outcome-world.js';
import { TEST_FILES } from './test-files.js';

let handle: DbHandle;
let world: OutcomeWorld;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liancha-download-name-'));
  handle = await createTestDb({ template: 'demo' });
  world = await loadOutcomeWorld(handle.db, { attachmentDir: dir });
}, 120_000);
afterAll(async () => {
  await handle?.close();
  await rm(dir, { recursive: true, force: true });
});

const pdf = TEST_FILES.pdf.toString('base64');

/** A file downloads under the extension of what its bytes are, whatever name it was uploaded with. */
describe(`download names on ${testDbKind()}`, () => {
  it('a PDF uploaded to a hazard as evil.html is listed and downloaded as evil.pdf', async () => {
    const { objectId } = await world.yjjObject();
    const coord = await world.as('yjj.coord', at('2026-05-04'));
    const hazard = await coord.hazards.create({ objectId, severity: 'ordinary', description: '配电箱未接地', rectificationDeadline: '2026-05-30' });
    const uploaded = await coord.hazards.uploadAttachment({ hazardId: hazard.id, filename: 'evil.html', contentBase64: pdf });
    expect(uploaded).toMatchObject({ filename: 'evil.pdf', mimeType: 'application/pdf' });
    expect((await coord.hazards.get({ id: hazard.id })).attachments.map((a) => a.filename)).toEqual(['evil.pdf']);
    expect(await coord.hazards.downloadAttachment({ id: uploaded.id })).toMatchObject({ filename: 'evil.pdf', mimeType: 'application/pdf' });
  });

  it('check evidence gets the same, and so do rows stored before names followed their type', async () => {
    const { checkId } = await world.jointCheck();
    const item = await handle.db
      .selectFrom('inspectionItem')
      .select('id')
      .where('agencyId', '=', world.agencyId('yjj'))
      .orderBy('code')
      .executeTakeFirstOrThrow();
    await handle.db
      .insertInto('checkResult')
      .values({ regionCode: '350881', checkId, agencyId: world.agencyId('yjj'), itemId: item.id, resultCode: 'no_problem' })
      .execute();
    const coord = await world.as('yjj.coord');
    const evidence = await coord.checks.uploadEvidence({ checkId, itemId: item.id, filename: '检查记录.svg', contentBase64: pdf });
    expect(evidence.filename).toBe('检查记录.pdf');
    // A row kept under its uploaded name by the code before this fix.
    await handle.db.updateTable('attachment').set({ filename: 'old.html' }).where('id', '=', evidence.id).execute();
    expect(await coord.checks.downloadEvidence({ id: evidence.id })).toMatchObject({ filename: 'old.pdf', mimeType: 'application/pdf' });
    expect((await coord.checks.get({ checkId })).evidence.map((e) => e.filename)).toEqual(['old.pdf']);
  });
});
