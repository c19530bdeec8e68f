import type { Logger } from '../logger.js';

/**
 * The last line of defence: an error that escapes every handler (a rejected promise nobody
 * awaited, a throw in a timer or socket callback) is logged and the process keeps serving,
 * instead of Node ending it — one bad request must not take the API down for everyone. Request
 * handling itself never relies on this: the HTTP face answers and logs its own faults.
 */
export function guardProcess(log: Logger, target: Pick<NodeJS.Process, 'on'> = process): void {
  target.on('unhandledRejection', (reason) => {
    log.error({ err: reason }, 'unhandled promise rejection (kept serving)');
  });
  target.on('uncaughtException', (error, origin) => {
    log.error({ err: error, origin }, 'uncaught exception (kept serving)');
  });
}
