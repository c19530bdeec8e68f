import { isCleanText } from './text-rules.js';

/**
 * Which software produced a bundle (protocol §11.1): informative, outside the commitment, and
 * not needed to verify — a verifier re-runs the draw anyway. Anyone can check the claim by
 * checking out the named version and recomputing the draw code's hash
 * (`node scripts/draw-code-hash.mjs`).
 */
export interface DrawProducer {
  /** The platform's name, "liancha". */
  software: string;
  /** The root package.json version, plus "+<git commit>" when built from a checkout. */
  version: string;
  /** SHA-256 over the draw code's files (scripts/draw-code-hash.mjs), lower-case hex. */
  drawCodeSha256: string;
}

/** A well-formed producer field: three short strings, the hash as 64 lower-case hex characters. */
export function isDrawProducer(value: unknown): value is DrawProducer {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const p = value as Record<string, unknown>;
  const short = (v: unknown) => isCleanText(v, 100);
  return short(p.software) && short(p.version) && typeof p.drawCodeSha256 === 'string' && /^[0-9a-f]{64}$/.test(p.drawCodeSha256);
}
