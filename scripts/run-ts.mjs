#!/usr/bin/env node
// Run a TypeScript script (benchmarks, one-off tools) with Node 20, which cannot strip types:
// esbuild bundles it with the workspace packages it imports (TypeScript sources) into a
// temporary file next to it; npm packages stay external and load from node_modules.
//   node scripts/run-ts.mjs <file.ts> [args...]
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [target, ...rest] = process.argv.slice(2);
if (!target) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args...]');
  process.exit(2);
}
const entry = resolve(process.cwd(), target);
// Next to the entry, so bare imports resolve from that package's node_modules.
const dir = mkdtempSync(join(dirname(entry), '.run-'));
const outfile = join(dir, 'entry.mjs');
const workspaceOnly = {
  name: 'bundle-workspace-only',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@liancha/') ? undefined : { path: args.path, external: true }));
  },
};
try {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
    plugins: [workspaceOnly],
  });
  process.argv = [process.argv[0], entry, ...rest];
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
