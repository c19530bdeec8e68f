import type { DrawStanding, Standing, VerifyResult } from '@liancha/domain';

/** What the worker answers for one bundle and one USCC. */
export type StandingReply =
  | { kind: 'unreadable'; message: string }
  | { kind: 'failed'; message: string; path: string }
  | { kind: 'standing'; standing: Standing; taskCode: string | null; verifyMs: number };

type DrawStandingFn = (bundle: unknown, uscc: string) => { ok: true; standing: Standing } | { ok: false; verification: Extract<VerifyResult, { ok: false }> };

/** Parse a bundle's text, verify it and read the standing; shared by the worker and the no-worker fallback. */
export function standingOf(text: string, uscc: string, drawStanding: DrawStandingFn): StandingReply {
  let bundle: unknown;
  try {
    bundle = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', message: '抽取证明不是有效的 JSON，无法读取' };
  }
  const t0 = performance.now();
  const result = drawStanding(bundle, uscc);
  const verifyMs = performance.now() - t0;
  if (!result.ok) return { kind: 'failed', message: result.verification.difference.message, path: result.verification.difference.path };
  const task = (bundle as { commitmentInputs?: { task?: { id?: unknown } } }).commitmentInputs?.task;
  return { kind: 'standing', standing: result.standing, taskCode: typeof task?.id === 'string' ? task.id : null, verifyMs };
}

/** The standing as the shared card shows it: `not_drawn` is a pool member without an outcome. */
export function drawOutcome(outcome: DrawStanding | null): 'drawn' | 'substitute' | null {
  return outcome === 'drawn' || outcome === 'substitute' ? outcome : null;
}
