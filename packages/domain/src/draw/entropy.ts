import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { canonicalJson } from '../canonical/canonical-json.js';
import { utf8 } from '../crypto/bytes.js';
import { bytesToHex, hexToBytes, isDigestHex } from '../crypto/hex.js';
import { hkdfSha256 } from '../crypto/hkdf.js';
import { DomainError } from '../errors.js';
import { announcedValueFormatError, normaliseAnnouncement, type EntropyAnnouncement } from './announcement.js';
import { SEED_INFO, SEED_LENGTH } from './protocol.js';
import { compareText, hasControlCharacter, isCleanText } from './text-rules.js';

/**
 * A declared entropy source, frozen in the commitment before any value exists:
 * - `agency`: a participating agency committed SHA-256(secret) and reveals the secret later;
 * - `witness`: digits rolled by witnesses at the public ceremony (exactly `digits` of them);
 * - `external`: a named future public value (e.g. a lottery result on a stated date); with an
 *   `announcement` (§4.1.1) its kind, round and publication time are declared in structured form.
 *   Absent in older bundles, whose bytes therefore stay as they were.
 */
export type EntropySource =
  | { id: string; kind: 'agency'; label: string; agencyId: string; commitment: string }
  | { id: string; kind: 'witness'; label: string; digits: number }
  | { id: string; kind: 'external'; label: string; description: string; announcement?: EntropyAnnouncement };

/** A revealed value for the source with id `source`. */
export interface Reveal {
  source: string;
  value: string;
}

/** Minimum secret length: 32 characters (128 bits as hex) so a commitment cannot be brute-forced. */
export const MIN_SECRET_LENGTH = 32;

/** A fresh agency secret: 32 random bytes as hex, from the platform CSPRNG (Node ≥ 20 and browsers). */
export function createEntropySecret(): string {
  const bytes = new Uint8Array(32);
  globalThis.crypto.getRandomValues(bytes);
  return bytesToHex(bytes);
}

/** The commitment an agency publishes for its secret: lower-case hex SHA-256 of its UTF-8 bytes. */
export function commitSecret(secret: string): string {
  if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH || hasControlCharacter(secret)) {
    throw new DomainError('bad_request', `秘密值至少需要${MIN_SECRET_LENGTH}个字符，且不能含控制字符`, { reason: 'entropy_secret_invalid' });
  }
  return bytesToHex(nobleSha256(utf8(secret)));
}

/** Validate declared sources (shape, unique ids) and return them sorted by id. */
export function normaliseEntropySources(sources: readonly EntropySource[]): EntropySource[] {
  if (sources.length === 0) throw new DomainError('bad_request', '至少需要声明一个随机数来源', { reason: 'entropy_sources_invalid' });
  const ids = new Set<string>();
  const out: EntropySource[] = [];
  for (const s of sources) {
    const bad = (detail: string) => new DomainError('bad_request', `随机数来源“${String(s.id)}”${detail}`, { reason: 'entropy_sources_invalid' });
    if (!isCleanText(s.id, 64) || ids.has(s.id)) throw bad('标识无效或重复');
    if (!isCleanText(s.label, 100)) throw bad('缺少名称');
    ids.add(s.id);
    if (s.kind !== 'external' && 'announcement' in s) throw bad('只有公开随机数来源可以带公告');
    switch (s.kind) {
      case 'agency':
        if (!isCleanText(s.agencyId, 64)) throw bad('缺少部门');
        if (!isDigestHex(s.commitment)) throw bad('的承诺值应为64位小写十六进制 SHA-256');
        out.push({ id: s.id, kind: 'agency', label: s.label, agencyId: s.agencyId, commitment: s.commitment });
        break;
      case 'witness':
        if (!Number.isSafeInteger(s.digits) || s.digits < 1 || s.digits > 100) throw bad('的位数应为1–100');
        out.push({ id: s.id, kind: 'witness', label: s.label, digits: s.digits });
        break;
      case 'external':
        if (!isCleanText(s.description, 500)) throw bad('缺少说明（何时、何处公布的哪个数）');
        out.push({
          id: s.id,
          kind: 'external',
          label: s.label,
          description: s.description,
          ...(s.announcement === undefined ? {} : { announcement: normaliseAnnouncement(s.announcement, s.label) }),
        });
        break;
      default:
        throw bad('类型未知');
    }
  }
  return out.sort((a, b) => compareText(a.id, b.id));
}

/**
 * Check one revealed value against its declared source. An agency secret must hash to the
 * published commitment; witness digits must have the declared length; an external value
 * must be non-empty, and have the announced kind's form when it was announced. Throws a DomainError naming the source (e.g. the agency) otherwise.
 */
export function checkReveal(source: EntropySource, value: string): void {
  if (typeof value !== 'string' || value.length === 0 || value.length > 1000 || hasControlCharacter(value)) {
    throw new DomainError('bad_request', `“${source.label}”揭示的值为空、过长或含控制字符`, { reason: 'entropy_reveal_invalid' });
  }
  if (source.kind === 'agency') {
    const actual = bytesToHex(nobleSha256(utf8(value)));
    if (actual !== source.commitment) {
      throw new DomainError(
        'bad_request',
        `“${source.label}”揭示的秘密值与其事先公布的承诺不符（承诺 ${source.commitment.slice(0, 16)}…，揭示值的哈希 ${actual.slice(0, 16)}…），揭示被拒绝`,
        { reason: 'entropy_reveal_mismatch' },
      );
    }
  } else if (source.kind === 'witness') {
    if (!new RegExp(`^[0-9]{${source.digits}}$`).test(value)) {
      throw new DomainError('bad_request', `“${source.label}”应为${source.digits}位数字`, { reason: 'entropy_reveal_invalid' });
    }
  } else if (source.announcement) {
    const problem = announcedValueFormatError(source.announcement, value);
    if (problem) throw new DomainError('bad_request', `“${source.label}”${problem}`, { reason: 'entropy_reveal_invalid' });
  }
}

/**
 * Check the full set of reveals against the declared sources: every source exactly once,
 * nothing undeclared, each value valid. Returns the reveals sorted by source id.
 */
export function checkReveals(sources: readonly EntropySource[], reveals: readonly Reveal[]): Reveal[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const seen = new Set<string>();
  for (const reveal of reveals) {
    const source = byId.get(reveal.source);
    if (!source) throw new DomainError('bad_request', `未声明的随机数来源：“${String(reveal.source)}”`, { reason: 'entropy_reveal_unknown' });
    if (seen.has(reveal.source)) throw new DomainError('bad_request', `“${source.label}”重复揭示`, { reason: 'entropy_reveal_duplicate' });
    seen.add(reveal.source);
    checkReveal(source, reveal.value);
  }
  const missing = sources.filter((s) => !seen.has(s.id));
  if (missing.length > 0) {
    throw new DomainError('precondition_failed', `尚未揭示：${missing.map((s) => `“${s.label}”`).join('、')}`, { reason: 'entropy_reveal_missing' });
  }
  return reveals.map((r) => ({ source: r.source, value: r.value })).sort((a, b) => compareText(a.source, b.source));
}

/**
 * seed = HKDF-SHA256(ikm = UTF-8(canonical JSON of the sorted reveals), salt = the 32
 * commitment bytes, info = "liancha-draw/1 seed", L = 32), as lower-case hex.
 */
export function deriveSeed(commitment: string, sortedReveals: readonly Reveal[]): string {
  if (!isDigestHex(commitment)) throw new DomainError('bad_request', '承诺值应为64位小写十六进制', { reason: 'commitment_invalid' });
  const ikm = utf8(canonicalJson(sortedReveals.map((r) => ({ source: r.source, value: r.value }))));
  return bytesToHex(hkdfSha256(ikm, hexToBytes(commitment), utf8(SEED_INFO), SEED_LENGTH));
}
