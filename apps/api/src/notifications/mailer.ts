import { claimPendingEmails, listRegions, recordEmailAttempt, withTransaction, type Executor } from '@liancha/db';
import nodemailer from 'nodemailer';
import type { Logger } from '../logger.js';
import { runRegularly } from '../run-regularly.js';

/** Mail a day late is no help: older queued mail is marked expired (the in-app list still has it). */
const MAX_AGE_MS = 24 * 3_600_000;
const MAX_ATTEMPTS = 3;
const BATCH = 50;

export interface MailTransport {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
  close(): void;
}

/** An SMTP transport from the configured URL (nodemailer: TLS, auth and pooling as the URL says). */
export function smtpTransport(settings: { smtpUrl: string; from: string }): MailTransport {
  const transport = nodemailer.createTransport(settings.smtpUrl);
  return {
    send: async (message) => {
      await transport.sendMail({ from: settings.from, ...message });
    },
    close: () => transport.close(),
  };
}

/** The text of a notification's e-mail: what happened and where to act. */
export function emailOf(row: { title: string; link: string; displayName: string }) {
  return {
    subject: `【联查】${row.title}`.slice(0, 200),
    text: `${row.displayName}：\n\n${row.title}\n\n请登录联查平台办理${row.link ? `（页面：${row.link}）` : ''}。\n\n此邮件由系统自动发送，请勿回复。`,
  };
}

/**
 * One round of the mailer: per region, the queued e-mails are claimed (locked, so two API processes
 * never send one twice), sent, and marked sent or failed after three attempts. A failure of one
 * message or region does not stop the others. Returns how many were sent and how many failed.
 */
export async function sendQueuedEmails(db: Executor, transport: MailTransport, now: Date, log: Logger): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (const region of await listRegions(db)) {
    const scope = { regionCode: region.code };
    await withTransaction(db, async (trx) => {
      for (const row of await claimPendingEmails(trx, scope, new Date(now.getTime() - MAX_AGE_MS), BATCH)) {
        try {
          await transport.send({ to: row.email, ...emailOf(row) });
          await recordEmailAttempt(trx, scope, row.id, { sent: true, maxAttempts: MAX_ATTEMPTS }, now);
          sent += 1;
        } catch (error) {
          log.warn({ err: error, notificationId: row.id }, 'notification e-mail not sent');
          await recordEmailAttempt(trx, scope, row.id, { sent: false, maxAttempts: MAX_ATTEMPTS }, now);
          failed += 1;
        }
      }
    });
  }
  return { sent, failed };
}

const EVERY_MS = 30_000;

/** With an SMTP server configured, the queue is sent at start and every 30 s; without one, nothing runs (the default). */
export async function mailRegularly(db: Executor, mail: { smtpUrl: string; from: string } | null, log: Logger): Promise<() => void> {
  if (!mail) return () => undefined;
  const transport = smtpTransport(mail);
  log.info({ from: mail.from }, 'notification e-mail on');
  const stop = await runRegularly(
    async () => {
      const { sent, failed } = await sendQueuedEmails(db, transport, new Date(), log);
      if (sent + failed > 0) log.info({ sent, failed }, 'notification e-mails');
    },
    EVERY_MS,
    log,
    'notification e-mail round failed',
  );
  return () => {
    stop();
    transport.close();
  };
}
