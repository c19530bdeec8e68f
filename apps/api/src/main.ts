import { keepAnchoring } from './audit/anchor-timer.js';
import { loadConfig } from './config.js';
import { loadDemo, wantsDemo } from './demo.js';
import { maintainStatistics } from './maintain-statistics.js';
import { mailRegularly } from './notifications/mailer.js';
import { pruneLoginThrottleRegularly } from './prune-login-throttle.js';
import { guardProcess } from './http/process-guard.js';
import { createApiServer } from './http/server.js';
import { createLogger } from './logger.js';
import { openDatabase } from './open-database.js';

const config = loadConfig();
const log = createLogger(config.logLevel);
guardProcess(log);

try {
  const handle = await openDatabase(config, log);
  if (wantsDemo(config, handle.kind)) await loadDemo(handle, config, log);
  const stopMaintenance = await maintainStatistics(handle, log);
  const stopPruning = await pruneLoginThrottleRegularly(handle.db, log);
  const stopAnchoring = keepAnchoring(handle.db, log);
  const stopMail = await mailRegularly(handle.db, config.mail, log);
  const server = createApiServer({ db: handle.db, config, log });
  server.listen(config.port, config.host, () => log.info({ url: `http://${config.host}:${config.port}` }, 'api listening'));

  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    stopMaintenance?.();
    stopPruning();
    stopAnchoring();
    stopMail();
    server.close(() => void handle.close().then(() => process.exit(0)));
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
} catch (error) {
  log.fatal({ err: error }, 'api failed to start');
  process.exit(1);
}
