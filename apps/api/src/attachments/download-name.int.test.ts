import { describe, expect, it } from 'vitest';
import { testDbKind } from '@liancha/db/testing';
import { at } from '../testing/outcome-world.js';
import { TEST_FILES } from './test-files.js';
import { openAttachmentWorld } from '../testing/attachment-world.js';

const demo = openAttachmentWorld();

const pdf = TEST_FILES.pdf.toString('base64');

/** A file downloads under the extension of what its bytes are, whatever name it was uploaded with. */
describe(`download names on ${testDbKind()}`, () => {
  it('a PDF uploaded to a hazard as evil.html is listed and downloaded as evil.pdf', async () => {
    const { objectId } = await demo.world.yjjObject();
    const coord = await demo.world.as('yjj.coord', at('2026-05-04'));
    const hazard = await coord.hazards.create({ objectId, severity: 'ordinary', description: '配电箱未接地', rectificationDeadline: '2026-05-30' });
    const uploaded = await coord.hazards.uploadAttachment({ hazardId: hazard.id, filename: 'evil.html', contentBase64: pdf });
    expect(uploaded).toMatchObject({ filename: 'evil.pdf', mimeType: 'application/pdf' });
    expect((await coord.hazards.get({ id: hazard.id })).attachments.map((a) => a.filename)).toEqual(['evil.pdf']);
    expect(await coord.hazards.downloadAttachment({ id: uploaded.id })).toMatchObject({ filename: 'evil.pdf', mimeType: 'application/pdf' });
  });

  it('check evidence gets the same, and so do rows stored before names followed their type', async () => {
    const { checkId } = await demo.world.jointCheck();
    const item = await demo.handle.db
      .selectFrom('inspectionItem')
      .select('id')
      .where('agencyId', '=', demo.world.agencyId('yjj'))
      .orderBy('code')
      .executeTakeFirstOrThrow();
    await demo.handle.db
      .insertInto('checkResult')
      .values({ regionCode: '350881', checkId, agencyId: demo.world.agencyId('yjj'), itemId: item.id, resultCode: 'no_problem' })
      .execute();
    const coord = await demo.world.as('yjj.coord');
    const evidence = await coord.checks.uploadEvidence({ checkId, itemId: item.id, filename: '检查记录.svg', contentBase64: pdf });
    expect(evidence.filename).toBe('检查记录.pdf');
    // A row kept under its uploaded name by the code before this fix.
    await demo.handle.db.updateTable('attachment').set({ filename: 'old.html' }).where('id', '=', evidence.id).execute();
    expect(await coord.checks.downloadEvidence({ id: evidence.id })).toMatchObject({ filename: 'old.pdf', mimeType: 'application/pdf' });
    expect((await coord.checks.get({ checkId })).evidence.map((e) => e.filename)).toEqual(['old.pdf']);
  });
});
