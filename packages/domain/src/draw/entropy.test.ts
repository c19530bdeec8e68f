import { describe, expect, it } from 'vitest';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { isDomainError } from '../errors.js';
import { bytesToHex, hexToBytes } from '../crypto/hex.js';
import { utf8 } from '../crypto/bytes.js';
import { checkReveals, commitSecret, createEntropySecret, deriveSeed, normaliseEntropySources, type EntropySource } from './entropy.js';

const secretA = 'a'.repeat(20) + '0123456789abcdef';
const secretB = createEntropySecret();
const sources: EntropySource[] = [
  { id: 'agency:yjj', kind: 'agency', label: '漳平市应急管理局', agencyId: 'yjj', commitment: commitSecret(secretA) },
  { id: 'agency:scjg', kind: 'agency', label: '漳平市市场监督管理局', agencyId: 'scjg', commitment: commitSecret(secretB) },
  { id: 'witness', kind: 'witness', label: '见证人掷骰', digits: 6 },
  { id: 'lottery', kind: 'external', label: '福彩3D', description: '2020年7月1日福彩3D开奖号码' },
];
const reveals = [
  { source: 'agency:yjj', value: secretA },
  { source: 'agency:scjg', value: secretB },
  { source: 'witness', value: '271828' },
  { source: 'lottery', value: '5 1 9' },
];

function errorOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('entropy: commit–reveal, witnesses, external values, seed', () => {
  it('commits with SHA-256 of the secret and creates 256-bit secrets', () => {
    expect(commitSecret(secretA)).toBe(bytesToHex(sha256(utf8(secretA))));
    expect(secretB).toMatch(/^[0-9a-f]{64}$/);
    expect(createEntropySecret()).not.toBe(secretB);
    expect(errorOf(() => commitSecret('short')).reason).toBe('entropy_secret_invalid');
  });

  it('rejects a reveal that does not match its commitment, naming the agency in Chinese', () => {
    const error = errorOf(() =>
      checkReveals(
        sources,
        reveals.map((r) => (r.source === 'agency:scjg' ? { ...r, value: secretA } : r)),
      ),
    );
    expect(error.reason).toBe('entropy_reveal_mismatch');
    expect(error.message).toContain('漳平市市场监督管理局');
    expect(error.message).toContain('揭示被拒绝');
  });

  it('requires every declared source exactly once, nothing else, and well-formed witness digits', () => {
    expect(errorOf(() => checkReveals(sources, reveals.slice(1))).reason).toBe('entropy_reveal_missing');
    expect(errorOf(() => checkReveals(sources, [...reveals, reveals[0]!])).reason).toBe('entropy_reveal_duplicate');
    expect(errorOf(() => checkReveals(sources, [...reveals, { source: 'x', value: '1' }])).reason).toBe('entropy_reveal_unknown');
    expect(
      errorOf(() =>
        checkReveals(
          sources,
          reveals.map((r) => (r.source === 'witness' ? { ...r, value: '27182' } : r)),
        ),
      ).message,
    ).toContain('6位数字');
    expect(errorOf(() => normaliseEntropySources([])).reason).toBe('entropy_sources_invalid');
    expect(errorOf(() => normaliseEntropySources([sources[0]!, sources[0]!])).reason).toBe('entropy_sources_invalid');
  });

  it('derives seed = HKDF-SHA256(canonical reveals, salt = commitment, info = "liancha-draw/1 seed", 32)', () => {
    const commitment = 'ab'.repeat(32);
    const sorted = checkReveals(sources, reveals);
    expect(sorted.map((r) => r.source)).toEqual(['agency:scjg', 'agency:yjj', 'lottery', 'witness']);
    const ikm = utf8(JSON.stringify(sorted.map((r) => ({ source: r.source, value: r.value }))));
    const expected = bytesToHex(hkdf(sha256, ikm, hexToBytes(commitment), utf8('liancha-draw/1 seed'), 32));
    expect(deriveSeed(commitment, sorted)).toBe(expected);
    expect(deriveSeed(commitment, checkReveals(sources, [...reveals].reverse()))).toBe(expected);
    expect(deriveSeed('cd'.repeat(32), sorted)).not.toBe(expected);
  });
});
