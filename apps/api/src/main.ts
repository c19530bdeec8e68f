import cluster from 'node:cluster';
import { createDb } from '@liancha/db';
import { join } from 'node:path';
import { keepAnchoring } from './audit/anchor-timer.js';
import { loadConfig, type Config } from './config.js';
import { loadDemo, wantsDemo } from './demo.js';
import { maintainStatistics } from './maintain-statistics.js';
import { mailRegularly } from './notifications/mailer.js';
import { pruneLoginThrottleRegularly } from './prune-login-throttle.js';
import { guardProcess } from './http/process-guard.js';
import { JOB_HANDLERS, JOBS_UNTIL_DONE } from './jobs/job-handlers.js';
import { WAKE_MESSAGE, wakeMainProcess } from './jobs/job-queue.js';
import { startJobRunner } from './jobs/job-runner.js';
import { createApiServer } from './http/server.js';
import { createLogger, type Logger } from './logger.js';
import { openDatabase } from './open-database.js';

const config = loadConfig();
const log = createLogger(config.logLevel);
guardProcess(log);

/**
 * One process (config.workers = 1, always on the embedded database) migrates, runs the timers and
 * the jobs, and serves requests. With more, this primary migrates and runs the timers and the jobs
 * (imports, draws), and forks that many workers that only serve requests on the shared port, so
 * long work never holds up a request: sessions, locks and jobs live in the database, so any worker
 * may answer any request, and a worker that queues a job wakes the primary with a message.
 */
try {
  if (cluster.isWorker) await serveAsWorker(config, log);
  else await runPrimary(config, log);
} catch (error) {
  log.fatal({ err: error }, 'api failed to start');
  process.exit(1);
}

async function runPrimary(config: Config, log: Logger): Promise<void> {
  const handle = await openDatabase(config, log);
  if (wantsDemo(config, handle.kind)) await loadDemo(handle, config, log);
  const jobs = startJobRunner({ db: handle.db, log: log.child({ part: 'jobs' }), handlers: JOB_HANDLERS, untilDone: JOBS_UNTIL_DONE });
  const stops = [
    (await maintainStatistics(handle, log)) ?? (() => {}),
    await pruneLoginThrottleRegularly(handle.db, log),
    keepAnchoring(handle.db, log),
    await mailRegularly(handle.db, config.mail, log),
  ];
  let closeRequests: (done: () => void) => void;
  if (config.workers === 1) {
    const replica = await openReadReplica(config);
    const server = createApiServer({ db: handle.db, readDb: replica?.db, config, log, jobs });
    server.listen(config.port, config.host, () => log.info({ url: `http://${config.host}:${config.port}` }, 'api listening'));
    closeRequests = (done) => server.close(() => void (replica?.close() ?? Promise.resolve()).then(done));
  } else {
    closeRequests = forkWorkers(config, log);
    cluster.on('message', (_worker, message) => message === WAKE_MESSAGE && jobs.wake());
  }

  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    for (const stop of stops) stop();
    // Requests end first (they may queue jobs), then the jobs in hand, then the database.
    closeRequests(() => void jobs.stop().then(() => handle.close().then(() => process.exit(0))));
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

/** Fork config.workers workers and replace any that dies; the returned function stops them all. */
function forkWorkers(config: Config, log: Logger): (done: () => void) => void {
  let stopping = false;
  const count = config.workers;
  for (let i = 0; i < count; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    log.error({ worker: worker.id, code, signal }, 'api worker exited; starting another');
    setTimeout(() => cluster.fork(), 1000).unref();
  });
  let listening = 0;
  cluster.on('listening', () => {
    if (++listening === count) log.info({ url: `http://${config.host}:${config.port}`, workers: count }, 'api listening');
  });
  return (done) => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    if (workers.length === 0) return done();
    let left = workers.length;
    for (const worker of workers) {
      worker.once('exit', () => --left === 0 && done());
      worker.process.kill('SIGTERM');
    }
  };
}

/** The read replica of the public reads (DATABASE_READ_URL), if one is named; it is never migrated: it follows the primary. */
async function openReadReplica(config: Config) {
  return config.readDatabaseUrl ? createDb({ databaseUrl: config.readDatabaseUrl }) : null;
}

/** A worker: the primary has migrated the database; this process only answers requests. */
async function serveAsWorker(config: Config, log: Logger): Promise<void> {
  const handle = await createDb({ databaseUrl: config.databaseUrl, dataDir: join(config.dataDir, 'pglite') });
  const replica = await openReadReplica(config);
  const server = createApiServer({ db: handle.db, readDb: replica?.db, config, log: log.child({ worker: cluster.worker?.id }), jobs: wakeMainProcess });
  // A worker that cannot listen (the port is taken) is of no use: the primary logs its exit.
  server.once('error', (error) => {
    log.fatal({ err: error }, 'api worker cannot listen');
    process.exit(1);
  });
  server.listen(config.port, config.host);
  const shutdown = () => {
    server.close(() => void Promise.all([handle.close(), replica?.close()]).then(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', () => {}); // the primary decides when workers stop
  process.on('SIGTERM', shutdown);
}
