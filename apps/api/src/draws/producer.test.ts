import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRAW_CODE_FILES, drawCodeHash, REPO_ROOT } from '../../../../scripts/draw-code-hash.mjs';
import { drawProducer } from './producer.js';

const script = join(REPO_ROOT, 'scripts', 'draw-code-hash.mjs');

/** The relative modules a file imports at run time (type-only imports do not run). */
function runtimeImports(path: string): string[] {
  const source = readFileSync(join(REPO_ROOT, path), 'utf8');
  return [...source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'(\.[^']+)'/gm)]
    .filter((m) => !m[1])
    .map((m) => normalize(join(dirname(path), m[2]!)).replace(/\.js$/, '.ts'));
}

describe('draw code hash (protocol §11.1)', () => {
  it('is what the script prints, and what new bundles name', () => {
    const printed = execFileSync(process.execPath, [script], { encoding: 'utf8' }).trim();
    expect(printed).toMatch(/^[0-9a-f]{64}$/);
    expect(drawProducer().drawCodeSha256).toBe(printed);
    expect(drawProducer().version).toMatch(/^\d+\.\d+\.\d+(\+[0-9a-f]{7,})?$/);
  });

  it('lists exactly the draw folder and everything it imports', () => {
    const draw = 'packages/domain/src/draw';
    const closure = new Set<string>();
    const todo = readdirSync(join(REPO_ROOT, draw))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => `${draw}/${f}`);
    while (todo.length > 0) {
      const path = todo.pop()!;
      if (closure.has(path)) continue;
      closure.add(path);
      todo.push(...runtimeImports(path));
    }
    expect([...DRAW_CODE_FILES].sort()).toEqual([...closure].sort());
  });

  it('changes when one byte of a draw file changes (on a copy)', () => {
    const copy = mkdtempSync(join(tmpdir(), 'draw-code-'));
    try {
      for (const path of DRAW_CODE_FILES) cpSync(join(REPO_ROOT, path), join(copy, path));
      const before = drawCodeHash(copy);
      expect(before).toBe(drawCodeHash(REPO_ROOT));
      expect(execFileSync(process.execPath, [script, copy], { encoding: 'utf8' }).trim()).toBe(before);
      const target = join(copy, 'packages/domain/src/draw/tickets.ts');
      writeFileSync(target, readFileSync(target, 'utf8') + ' ');
      expect(drawCodeHash(copy)).not.toBe(before);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
