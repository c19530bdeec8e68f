import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { testDbKind } from '@liancha/db/testing';
import { loadDemoWorld } from '../testing/demo-world.js';
import { openDemoDb } from '../testing/demo-db.js';
import { createLogger } from '../logger.js';
import { sendQueuedEmails, smtpTransport } from './mailer.js';

interface Received {
  to: string[];
  data: string;
}

/** A local SMTP sink: accepts every message and keeps it. */
async function smtpSink(): Promise<{ port: number; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data: Buffer.concat(chunks).toString('utf8') });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return { port, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const log = createLogger('silent');

describe(`notification e-mail on ${testDbKind()}`, () => {
  const demo = openDemoDb(loadDemoWorld);
  let sink: Awaited<ReturnType<typeof smtpSink>>;

  beforeAll(async () => {
    sink = await smtpSink();
  });
  afterAll(async () => sink.close());

  const states = () => demo.handle.db.selectFrom('notification').select(['userId', 'kind', 'emailState', 'emailAttempts']).execute();

  it('queues a notification for a user with an address only, sends it once through SMTP, and marks it sent', async () => {
    const scj = await demo.world.as('scj.coord');
    expect(await scj.users.ownEmail()).toEqual({ email: null, mailOn: false });
    expect((await scj.users.setOwnEmail({ email: 'scj-coord@zhangping.gov.cn' })).email).toBe('scj-coord@zhangping.gov.cn');
    await (
      await demo.world.as('yjj.coord')
    ).tasks.create({
      title: '邮件通知联合抽查',
      planBatchId: null,
      inspectionStartsOn: '2036-05-01',
      inspectionEndsOn: '2036-05-31',
      partnerAgencyIds: [demo.world.agencyId('scj'), demo.world.agencyId('xf')],
    });
    const queued = (await states()).filter((n) => n.kind === 'task_invitation');
    expect(queued.map((n) => n.emailState).sort()).toEqual([null, 'pending']);

    const transport = smtpTransport({ smtpUrl: `smtp://127.0.0.1:${sink.port}`, from: 'liancha@zhangping.gov.cn' });
    expect(await sendQueuedEmails(demo.handle.db, transport, new Date(), log)).toEqual({ sent: 1, failed: 0 });
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0]!.to).toEqual(['scj-coord@zhangping.gov.cn']);
    // The subject is encoded (RFC 2047); the body says what happened and where.
    expect(sink.received[0]!.data).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(sink.received[0]!.data).toContain('From: liancha@zhangping.gov.cn');
    expect(
      (await states())
        .filter((n) => n.kind === 'task_invitation')
        .map((n) => n.emailState)
        .sort(),
    ).toEqual([null, 'sent']);
    expect(await sendQueuedEmails(demo.handle.db, transport, new Date(), log)).toEqual({ sent: 0, failed: 0 });
    transport.close();
  });

  it('tries a failing message three times, then gives up; mail a day old is expired, not sent', async () => {
    const scj = await demo.world.as('scj.coord');
    const { id } = await (
      await demo.world.as('ldxz.zhang')
    ).supervisionNotes.create({ toAgencyId: demo.world.agencyId('scj'), subject: '邮件督办', body: '请报告。' });
    expect(id).toBeTruthy();
    const broken = { send: () => Promise.reject(new Error('550 mailbox unavailable')), close: () => undefined };
    for (let i = 0; i < 3; i += 1) expect(await sendQueuedEmails(demo.handle.db, broken, new Date(), log)).toEqual({ sent: 0, failed: 1 });
    expect((await states()).find((n) => n.kind === 'note_received' && n.emailState !== null)).toMatchObject({ emailState: 'failed', emailAttempts: 3 });

    await scj.supervisionNotes.respond({ id, response: '已答复' });
    await (await demo.world.as('ldxz.zhang')).users.setOwnEmail({ email: 'zhang@zhangping.gov.cn' });
    await (await demo.world.as('ldxz.zhang')).supervisionNotes.create({ toAgencyId: demo.world.agencyId('scj'), subject: '再次督办', body: '请报告。' });
    const tomorrow = new Date(Date.now() + 25 * 3_600_000);
    expect(await sendQueuedEmails(demo.handle.db, broken, tomorrow, log)).toEqual({ sent: 0, failed: 0 });
    expect((await states()).filter((n) => n.emailState === 'pending')).toEqual([]);
    expect((await states()).filter((n) => n.emailState === 'expired').length).toBeGreaterThan(0);
    // An address can be removed; a malformed one is refused with the field named.
    expect((await scj.users.setOwnEmail({ email: '' })).email).toBeNull();
    await expect(scj.users.setOwnEmail({ email: 'not-an-address' })).rejects.toThrow('请填写有效的邮箱地址');
  });
});
