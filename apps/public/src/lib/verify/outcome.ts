import type { VerifyResult } from '@liancha/domain';

export interface DrawnTicket {
  stratum: string;
  rank: number;
  uscc: string;
  ticket: string;
}

/** What one verification gives the page: the verdict, the recomputed list and the time taken. */
export type WorkerReply =
  | { kind: 'unreadable'; message: string }
  | { kind: 'verified'; result: VerifyResult; drawn: DrawnTicket[]; bundle: { objects: { stratum: string }[] }; parseMs: number; verifyMs: number };

function drawnOf(bundle: unknown): { drawn: DrawnTicket[]; strata: { stratum: string }[] } {
  const objects = (bundle as { objects?: unknown } | null)?.objects;
  const drawn: DrawnTicket[] = [];
  const strata: { stratum: string }[] = [];
  if (!Array.isArray(objects)) return { drawn, strata };
  for (const s of objects as { stratum?: unknown; drawn?: unknown }[]) {
    const stratum = String(s?.stratum ?? '');
    strata.push({ stratum });
    if (!Array.isArray(s?.drawn)) continue;
    for (const d of s.drawn as { rank?: unknown; uscc?: unknown; ticket?: unknown }[])
      drawn.push({ stratum, rank: Number(d?.rank), uscc: String(d?.uscc ?? ''), ticket: String(d?.ticket ?? '') });
  }
  return { drawn, strata };
}

/** Parse and verify a bundle's text; shared by the worker and the no-worker fallback. */
export function outcomeOf(text: string, verify: (bundle: unknown) => VerifyResult): WorkerReply {
  const t0 = performance.now();
  let bundle: unknown;
  try {
    bundle = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', message: '文件不是有效的 JSON，无法读取。请确认选择的是下载的抽取证明文件。' };
  }
  const t1 = performance.now();
  const result = verify(bundle);
  const t2 = performance.now();
  const { drawn, strata } = drawnOf(bundle);
  // Only what the report needs goes back: the recomputed list when it matched, the strata names for the path.
  return { kind: 'verified', result, drawn: result.ok ? drawn : [], bundle: { objects: strata }, parseMs: t1 - t0, verifyMs: t2 - t1 };
}
