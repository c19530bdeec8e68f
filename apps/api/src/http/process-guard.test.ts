import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { guardProcess } from './process-guard.js';

describe('guardProcess', () => {
  it('logs what escaped every handler instead of letting it end the process', () => {
    const lines: { level: number; msg: string; err?: { message: string } }[] = [];
    const log = pino({ level: 'info' }, new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(JSON.parse(chunk.toString())), done()) }));
    const fakeProcess = new EventEmitter();
    guardProcess(log, fakeProcess as unknown as NodeJS.Process);
    // With no listener, Node ends the process on these two events; with the guard they are logged.
    expect(fakeProcess.listenerCount('unhandledRejection')).toBe(1);
    expect(fakeProcess.listenerCount('uncaughtException')).toBe(1);
    fakeProcess.emit('unhandledRejection', new Error('lost promise'), Promise.resolve());
    fakeProcess.emit('uncaughtException', new Error('timer threw'), 'uncaughtException');
    expect(lines.map((l) => [l.level, l.err?.message])).toEqual([
      [50, 'lost promise'],
      [50, 'timer threw'],
    ]);
  });
});
