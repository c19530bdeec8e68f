import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { verifyDraw } from '../draw/verify-draw.js';
import { applyPatch, buildVectors } from './test-vectors.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-vectors');

describe('protocol test vectors (test-vectors/)', () => {
  const built = buildVectors();

  it('are current: regenerating them gives the committed files byte for byte', () => {
    const onDisk = [...readdirSync(root).filter((f) => f.endsWith('.json')), ...readdirSync(join(root, 'draws')).map((f) => `draws/${f}`)].sort();
    expect(onDisk).toEqual(Object.keys(built).sort());
    for (const [name, content] of Object.entries(built)) {
      expect(
        readFileSync(join(root, name), 'utf8'),
        `${name} is stale: run node packages/domain/bench/run.mjs packages/domain/scripts/generate-test-vectors.ts`,
      ).toBe(content);
    }
  });

  it('every draw bundle verifies, every tampered one fails at the expected path', () => {
    const draws = Object.fromEntries(
      Object.entries(built)
        .filter(([name]) => name.startsWith('draws/'))
        .map(([name, content]) => [name.slice(6, -5), JSON.parse(content) as unknown]),
    );
    expect(Object.keys(draws).length).toBeGreaterThanOrEqual(4);
    for (const bundle of Object.values(draws)) expect(verifyDraw(bundle).ok).toBe(true);
    const tampered = JSON.parse(built['tampered.json']!) as {
      cases: Array<{ bundle: string; patch: Array<{ path: Array<string | number>; value: unknown; remove?: boolean }>; expectedPath: string }>;
    };
    for (const c of tampered.cases) {
      const result = verifyDraw(applyPatch(draws[c.bundle], c.patch));
      expect(result.ok ? 'ok' : result.difference.path).toBe(c.expectedPath);
    }
  });
});
