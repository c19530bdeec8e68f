import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'verifiers', 'python', 'test_vectors.py');

describe('independent Python verifier (verifiers/python)', () => {
  it('agrees with every test vector', () => {
    const run = spawnSync(process.env.PYTHON ?? 'python3', [script], { encoding: 'utf8', timeout: 120_000 });
    if (run.error) {
      throw new Error(
        `python3 is required for the cross-language check but could not be started (${run.error.message}). Install Python 3 or set PYTHON to its path.`,
      );
    }
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/python verifier: \d+ checks passed, 0 failed/);
    expect(run.status).toBe(0);
  });
});
