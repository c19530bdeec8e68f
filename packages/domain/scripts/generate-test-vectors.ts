// Regenerates test-vectors/*.json from the reference implementation.
// Run: node packages/domain/bench/run.mjs packages/domain/scripts/generate-test-vectors.ts
// (bench/run.mjs bundles this file and sets process.argv[1] to its original path.)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildVectors } from '../src/testing/test-vectors.js';

const root = resolve(dirname(process.argv[1]!), '..', 'test-vectors');
rmSync(join(root, 'draws'), { recursive: true, force: true });
const files = buildVectors();
for (const [name, content] of Object.entries(files)) {
  const path = join(root, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}
console.log(`wrote ${Object.keys(files).length} files to ${root}`);
