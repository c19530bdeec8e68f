import { TRPCError } from '@trpc/server';
import type { Executor } from '@liancha/db';
import { expect } from 'vitest';
import { callerFor } from './caller.js';

type Api = Awaited<ReturnType<typeof callerFor>>;

/** What a probe got: 'ok', or the tRPC error code. */
export type Outcome = 'ok' | string;

/** Refusals that say "not you" or "not now" (NOT_FOUND: not even visible to you). */
export const REFUSALS = new Set(['FORBIDDEN', 'PRECONDITION_FAILED', 'CONFLICT', 'NOT_FOUND']);

class RolledBack {
  constructor(readonly outcome: Outcome) {}
}

/**
 * Call a mutation as the token's user inside a transaction that is always rolled back, so a
 * probe that succeeds leaves the fixture as it was (withTransaction joins the open transaction).
 */
export async function probe(db: Executor, token: string, call: (api: Api) => Promise<unknown>): Promise<Outcome> {
  try {
    await db.transaction().execute(async (trx) => {
      const api = await callerFor(trx, { token });
      let outcome: Outcome = 'ok';
      try {
        await call(api);
      } catch (error) {
        if (!(error instanceof TRPCError)) throw error;
        outcome = error.code;
      }
      throw new RolledBack(outcome);
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.outcome;
    throw error;
  }
  throw new Error('unreachable: the probe transaction always rolls back');
}

/**
 * The agreement of `can` flags with their mutations: a step the flag offers goes through; a
 * step it withholds is refused (who or when), never silently done.
 */
export function expectAgreement(label: string, can: Record<string, boolean> | null, outcomes: Record<string, Outcome>): void {
  for (const [step, outcome] of Object.entries(outcomes)) {
    const offered = can?.[step] ?? false;
    if (offered) expect(outcome, `${label}: can.${step} is true, so the mutation goes through`).toBe('ok');
    else expect(REFUSALS.has(outcome) ? 'refused' : outcome, `${label}: can.${step} is false, so the mutation is refused`).toBe('refused');
  }
}

/**
 * Read each persona's `can` (NOT_FOUND: the row is out of its reach, so nothing is offered),
 * probe every step's mutation, and hold the two to agreement. Returns, per persona, the steps
 * offered (space-separated, in `calls` order) or 'NOT_FOUND', for the tests to pin.
 */
export async function checkAgreement<S extends string>(options: {
  db: Executor;
  label: string;
  tokens: Record<string, string>;
  read: (api: Api) => Promise<Record<S, boolean>>;
  calls: Record<S, (api: Api, persona: string) => Promise<unknown>>;
}): Promise<Record<string, string>> {
  const offered: Record<string, string> = {};
  for (const [persona, token] of Object.entries(options.tokens)) {
    const api = await callerFor(options.db, { token });
    const can = await options.read(api).then(
      (flags) => flags,
      (error: unknown) => {
        if (error instanceof TRPCError && error.code === 'NOT_FOUND') return null;
        throw error;
      },
    );
    const outcomes: Record<string, Outcome> = {};
    for (const [step, call] of Object.entries(options.calls) as [S, (api: Api, persona: string) => Promise<unknown>][]) {
      outcomes[step] = await probe(options.db, token, (probeApi) => call(probeApi, persona));
    }
    expectAgreement(`${options.label} × ${persona}`, can, outcomes);
    offered[persona] = can
      ? Object.keys(options.calls)
          .filter((s) => can[s as S])
          .join(' ')
      : 'NOT_FOUND';
  }
  return offered;
}
