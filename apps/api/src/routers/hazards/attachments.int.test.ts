import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDbKind } from '@liancha/db/testing';
import { TEST_FILES } from '../../attachments/test-files.js';
import { at } from '../../testing/outcome-world.js';
import { refusal } from '../../testing/refusal.js';
import { openAttachmentWorld } from '../../testing/attachment-world.js';

const demo = openAttachmentWorld();

const b64 = (bytes: Buffer) => bytes.toString('base64');

async function majorHazard() {
  const joint = await demo.world.jointCheck();
  const coord = await demo.world.as('yjj.coord', at('2026-05-04'));
  const hazard = await coord.hazards.create({ ...joint, severity: 'major', description: '储罐区泄漏报警失效', rectificationDeadline: '2026-05-30' });
  const listed = await coord.hazards.putUnderSupervision({ id: hazard.id, listingLevel: 'county', supervisingBody: '安委办', listingDeadline: '2026-05-30' });
  return { coord, id: hazard.id, stepId: listed.steps[0]!.id };
}

describe(`hazard attachments on ${testDbKind()}`, () => {
  it('stores evidence by content, typed by its bytes, on the hazard and on a step', async () => {
    const { coord, id, stepId } = await majorHazard();
    // Named .png, but the bytes are a JPEG: the bytes win, name included.
    const photo = await coord.hazards.uploadAttachment({ hazardId: id, filename: '现场照片.png', contentBase64: b64(TEST_FILES.jpeg) });
    expect(photo).toMatchObject({
      ownerKind: 'hazard',
      ownerId: id,
      filename: '现场照片.jpg',
      mimeType: 'image/jpeg',
      sizeBytes: TEST_FILES.jpeg.length,
      uploadedByName: '林海燕（双随机联络员）',
    });
    expect(photo).not.toHaveProperty('storageKey');
    const report = await (
      await demo.world.as('yjj.insp1', at('2026-05-05'))
    ).hazards.uploadAttachment({ hazardId: id, stepId, filename: 'C:\\报告\\整改方案.pdf', contentBase64: b64(TEST_FILES.pdf) });
    expect(report).toMatchObject({ ownerKind: 'hazard_progress', ownerId: stepId, filename: '整改方案.pdf', mimeType: 'application/pdf' });
    await coord.hazards.uploadAttachment({ hazardId: id, filename: '台账.xlsx', contentBase64: b64(TEST_FILES.xlsx) });
    await coord.hazards.uploadAttachment({ hazardId: id, filename: '通知书.docx', contentBase64: b64(TEST_FILES.docx) });
    // The same bytes again: a second row, one stored file.
    const again = await coord.hazards.uploadAttachment({ hazardId: id, filename: '照片副本.jpg', contentBase64: b64(TEST_FILES.jpeg) });
    expect(again.sha256).toBe(photo.sha256);
    expect(await readdir(join(demo.dir, 'sha256', photo.sha256.slice(0, 2)))).toEqual([photo.sha256]);

    const detail = await coord.hazards.get({ id });
    expect(detail.attachments.map((a) => [a.filename, a.mimeType])).toEqual([
      ['现场照片.jpg', 'image/jpeg'],
      ['整改方案.pdf', 'application/pdf'],
      ['台账.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['通知书.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['照片副本.jpg', 'image/jpeg'],
    ]);
    const file = await coord.hazards.downloadAttachment({ id: report.id });
    expect(Buffer.from(file.contentBase64, 'base64')).toEqual(TEST_FILES.pdf);
    expect(file).toMatchObject({ filename: '整改方案.pdf', mimeType: 'application/pdf' });

    const audit = await demo.handle.db.selectFrom('auditEvent').select(['action', 'after']).where('subjectId', '=', photo.id).execute();
    expect(audit).toMatchObject([{ action: 'attachment.upload', after: { hazardId: id, sha256: photo.sha256, mimeType: 'image/jpeg' } }]);
  });

  it('refuses other types, oversize files, bad base64 and a step of another hazard', async () => {
    const { coord, id } = await majorHazard();
    const other = await majorHazard();
    const cases: [() => Promise<unknown>, string, string][] = [
      [() => coord.hazards.uploadAttachment({ hazardId: id, filename: '报告.pdf', contentBase64: b64(TEST_FILES.exe) }), 'BAD_REQUEST', '不支持该文件类型'],
      [() => coord.hazards.uploadAttachment({ hazardId: id, filename: 'a.docx', contentBase64: b64(TEST_FILES.zip) }), 'BAD_REQUEST', '不支持该文件类型'],
      [() => coord.hazards.uploadAttachment({ hazardId: id, filename: 'a.html', contentBase64: b64(TEST_FILES.html) }), 'BAD_REQUEST', '不支持该文件类型'],
      [
        () =>
          coord.hazards.uploadAttachment({
            hazardId: id,
            filename: 'big.pdf',
            contentBase64: b64(Buffer.concat([TEST_FILES.pdf, Buffer.alloc(10 * 1024 * 1024)])),
          }),
        'PAYLOAD_TOO_LARGE',
        '超过10 MiB的上限',
      ],
      [() => coord.hazards.uploadAttachment({ hazardId: id, filename: 'a.pdf', contentBase64: '%%%not base64%%%' }), 'BAD_REQUEST', '不是有效的 Base64'],
      [
        () => coord.hazards.uploadAttachment({ hazardId: id, stepId: other.stepId, filename: 'a.pdf', contentBase64: b64(TEST_FILES.pdf) }),
        'BAD_REQUEST',
        '不属于该隐患',
      ],
    ];
    for (const [call, code, message] of cases) {
      const error = await refusal(call());
      expect([error.code, error.message]).toEqual([code, expect.stringContaining(message)]);
    }
    expect((await coord.hazards.get({ id })).attachments).toEqual([]);
  });

  it('serves a file only to whoever can read its hazard, and refuses uploads by those who cannot update it', async () => {
    const { coord, id } = await majorHazard();
    const own = await coord.hazards.create({
      ...(await demo.world.yjjObject()),
      severity: 'ordinary',
      description: '本局隐患',
      rectificationDeadline: '2026-05-30',
    });
    const onJoint = await coord.hazards.uploadAttachment({ hazardId: id, filename: 'p.png', contentBase64: b64(TEST_FILES.png) });
    const onOwn = await coord.hazards.uploadAttachment({ hazardId: own.id, filename: 'p.pdf', contentBase64: b64(TEST_FILES.pdf) });

    // scj takes part in the joint check: it reads that hazard's files, not yjj's own hazard's.
    const scj = await demo.world.as('scj.coord');
    expect((await scj.hazards.downloadAttachment({ id: onJoint.id })).mimeType).toBe('image/png');
    for (const [api, attachment] of [
      [scj, onOwn.id],
      [await demo.world.as('sthj.coord'), onJoint.id],
      [await demo.world.as('xl.coord'), onJoint.id],
      [coord, '00000000-0000-4000-8000-000000000000'],
    ] as const) {
      const error = await refusal(api.hazards.downloadAttachment({ id: attachment }));
      expect([error.code, error.message]).toEqual(['NOT_FOUND', '附件不存在']);
    }
    expect((await (await demo.world.as('ldxz.zhang')).hazards.downloadAttachment({ id: onOwn.id })).sizeBytes).toBe(TEST_FILES.pdf.length);
    expect(
      (await refusal((await demo.world.as('yjj.leader')).hazards.uploadAttachment({ hazardId: id, filename: 'x.pdf', contentBase64: b64(TEST_FILES.pdf) })))
        .code,
    ).toBe('FORBIDDEN');
    expect((await refusal(scj.hazards.uploadAttachment({ hazardId: id, filename: 'x.pdf', contentBase64: b64(TEST_FILES.pdf) }))).code).toBe('FORBIDDEN');
    expect((await refusal(scj.hazards.uploadAttachment({ hazardId: own.id, filename: 'x.pdf', contentBase64: b64(TEST_FILES.pdf) }))).code).toBe('NOT_FOUND');
  });

  it('refuses to serve a file whose content no longer matches its hash', async () => {
    const { coord, id } = await majorHazard();
    const bytes = Buffer.concat([TEST_FILES.pdf, Buffer.from(`篡改测试 ${id}`)]);
    const attachment = await coord.hazards.uploadAttachment({ hazardId: id, filename: 't.pdf', contentBase64: b64(bytes) });
    await writeFile(join(demo.dir, 'sha256', attachment.sha256.slice(0, 2), attachment.sha256), Buffer.from('%PDF-tampered'));
    const error = await refusal(coord.hazards.downloadAttachment({ id: attachment.id }));
    expect([error.code, error.message]).toEqual(['INTERNAL_SERVER_ERROR', '附件文件已损坏（校验值不符），请联系管理员']);
  });
});
