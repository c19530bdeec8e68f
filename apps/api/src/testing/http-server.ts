import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import type { Executor } from '@liancha/db';
import { loadConfig } from '../config.js';
import { inProcessJobs } from '../jobs/job-queue.js';
import { createApiServer } from '../http/server.js';
import { TEST_ATTACHMENT_DIR } from './caller.js';

export interface LoggedLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/**
 * The real HTTP face (createApiServer) on an ephemeral port over a test database; the log lines
 * it writes are kept so tests can check that faults are logged rather than shown.
 */
export async function startTestServer(db: Executor, options: { readDb?: Executor } = {}) {
  const logs: LoggedLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logs.push(JSON.parse(line) as LoggedLine);
      done();
    },
  });
  const log = pino({ level: 'info' }, sink);
  const config = { ...loadConfig({ LIANCHA_DEMO: 'off', LOG_LEVEL: 'silent' }), attachmentDir: TEST_ATTACHMENT_DIR };
  const server = createApiServer({ db, readDb: options.readDb, config, log, jobs: inProcessJobs(db, log) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    logs,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;
