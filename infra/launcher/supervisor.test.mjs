// The launcher's supervisor with real child processes (small Node scripts), no mocks: a dying
// service is restarted with doubling pauses, the pauses start over after a stable run, and
// stop() ends the process and every restart.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backoffDelay, supervise } from './supervisor.mjs';

const node = (script) => ['node', '-e', script];
const backoff = { initialMs: 20, maxMs: 80, stableMs: 60_000 };

/** Collect the supervisor's events until `count` restarts have been scheduled. */
function restarts(service, count, options = {}) {
  const events = [];
  const lines = [];
  return new Promise((resolve) => {
    const supervisor = supervise(service, {
      backoff,
      stdio: 'ignore',
      log: (line) => lines.push(line),
      ...options,
      onEvent: (event) => {
        events.push(event);
        options.onEvent?.(event);
        if (event.type === 'restart' && events.filter((e) => e.type === 'restart').length === count) {
          void supervisor.stop().then(() => resolve({ events, lines }));
        }
      },
    });
  });
}

test('the pause doubles from the first one and stops growing at the cap', () => {
  assert.deepEqual(
    [0, 1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n)),
    [1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000],
  );
  assert.equal(backoffDelay(1_000), 30_000);
});

test('a process that keeps dying is restarted after 1×, 2×, 4× … the first pause, at most the cap, and the log says so', async () => {
  const { events, lines } = await restarts({ name: 'portal', command: node('process.exit(3)') }, 5);
  assert.deepEqual(
    events.filter((e) => e.type === 'restart').map((e) => e.delayMs),
    [20, 40, 80, 80, 80],
  );
  assert.equal(events.filter((e) => e.type === 'start').length, 5);
  assert.ok(events.filter((e) => e.type === 'exit').every((e) => e.code === 3));
  assert.match(lines[0], /^\[portal\] exited \(code 3\) after \d+ ms; restarting in 20 ms \(restart 1 in a row\)$/);
  assert.match(lines[4], /restarting in 80 ms \(restart 5 in a row\)$/);
});

test('after a stable run the pause starts again from the first one', async () => {
  // The supervisor's clock: each run "lasts" what the test says, whatever the real time.
  let clock = 0;
  const runLengths = [1_000, 1_000, 120_000, 1_000];
  const { events } = await restarts({ name: 'api', command: node('process.exit(1)') }, 4, {
    now: () => clock,
    onEvent: (event) => {
      if (event.type === 'start') clock += runLengths[event.run - 1];
    },
  });
  // Quick deaths: 20, 40; then a run of two minutes resets it: 20, and a quick death: 40.
  assert.deepEqual(
    events.filter((e) => e.type === 'restart').map((e) => e.delayMs),
    [20, 40, 20, 40],
  );
});

test('a command that cannot be started is retried the same way', async () => {
  const { events, lines } = await restarts({ name: 'ghost', command: ['/nonexistent/liancha-service'] }, 2);
  assert.deepEqual(
    events.filter((e) => e.type === 'restart').map((e) => e.delayMs),
    [20, 40],
  );
  assert.match(lines[0], /could not run \/nonexistent\/liancha-service: .*ENOENT/);
});

test('stop() ends a running process and no restart follows', async () => {
  const events = [];
  const supervisor = supervise(
    { name: 'public', command: node('setInterval(() => {}, 1000)') },
    { backoff, stdio: 'ignore', log: () => {}, onEvent: (e) => events.push(e) },
  );
  const pid = supervisor.child.pid;
  await supervisor.stop();
  assert.equal(supervisor.child, null);
  assert.throws(() => process.kill(pid, 0), { code: 'ESRCH' });
  await new Promise((resolve) => setTimeout(resolve, 3 * backoff.maxMs));
  assert.deepEqual(
    events.map((e) => e.type),
    ['start', 'exit'],
  );
  assert.equal(events[1].signal, 'SIGTERM');
});

test('stop() during a pause cancels the restart', async () => {
  const events = [];
  await new Promise((resolve) => {
    const supervisor = supervise(
      { name: 'agency', command: node('process.exit(2)') },
      {
        backoff: { ...backoff, initialMs: 50 },
        stdio: 'ignore',
        log: () => {},
        onEvent: (event) => {
          events.push(event);
          if (event.type === 'restart') void supervisor.stop().then(resolve);
        },
      },
    );
  });
  await new Promise((resolve) => setTimeout(resolve, 150));
  assert.deepEqual(
    events.map((e) => e.type),
    ['start', 'exit', 'restart'],
  );
});
