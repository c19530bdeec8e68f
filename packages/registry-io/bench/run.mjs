#!/usr/bin/env node
// Run a TypeScript entry point of this package with Node 20 (which cannot strip types):
// bundle it with esbuild into a temporary .mjs file under .cache/, then import it.
//   node bench/run.mjs <name>            → bench/<name>.ts
//   node bench/run.mjs <path/to/file.ts> → that file
// Arguments after the name are passed through in process.argv.
import { build } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [target, ...rest] = process.argv.slice(2);
if (!target) {
  console.error('usage: node bench/run.mjs <name | file.ts> [args...]');
  process.exit(2);
}
const entry = target.endsWith('.ts') ? resolve(process.cwd(), target) : join(here, `${target}.ts`);
if (!existsSync(entry)) {
  console.error(`not found: ${entry}`);
  process.exit(2);
}
// Inside the package (git-ignored .cache/) so bare imports resolve from its node_modules.
const cache = resolve(here, '..', '.cache');
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, 'run-'));
const outfile = join(dir, 'entry.mjs');
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
    // Keep real packages external (exceljs is CommonJS); workspace packages are TypeScript, so bundle them.
    packages: 'external',
    alias: { '@liancha/domain': resolve(here, '../../domain/src/index.ts') },
    absWorkingDir: resolve(here, '..'),
  });
  process.argv = [process.argv[0], entry, ...rest];
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
