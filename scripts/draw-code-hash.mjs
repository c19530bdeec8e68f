#!/usr/bin/env node
// The hash of the draw code: the files that decide a draw's bytes (docs/draw-protocol.md §11.1).
// Reproduce it for a released version:
//   git checkout <tag> && node scripts/draw-code-hash.mjs
// or without Node (the same bytes):
//   cd <repo> && sha256sum <the files below, in this order> | sha256sum
// Prints the hash; `--list` prints the per-file lines it hashes.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The draw code, in one place: every file of packages/domain/src/draw/ (tests excluded) and the
 * helpers they import (canonical JSON, hashes, teams, rules, vocabulary codes…). A test checks
 * that this list is exactly the import closure of the draw folder, so it cannot fall behind.
 */
export const DRAW_CODE_FILES = [
  'packages/domain/src/canonical/canonical-json.ts',
  'packages/domain/src/crypto/bytes.ts',
  'packages/domain/src/crypto/hex.ts',
  'packages/domain/src/crypto/hkdf.ts',
  'packages/domain/src/crypto/hmac-sha256.ts',
  'packages/domain/src/crypto/sha256-compress.ts',
  'packages/domain/src/crypto/sha256.ts',
  'packages/domain/src/draw/announcement.ts',
  'packages/domain/src/draw/batch-quotas.ts',
  'packages/domain/src/draw/commitment.ts',
  'packages/domain/src/draw/draw-standing.ts',
  'packages/domain/src/draw/entropy.ts',
  'packages/domain/src/draw/fairness-preview.ts',
  'packages/domain/src/draw/inputs-validation.ts',
  'packages/domain/src/draw/json-diff.ts',
  'packages/domain/src/draw/matrix.ts',
  'packages/domain/src/draw/object-draw.ts',
  'packages/domain/src/draw/pool-snapshot.ts',
  'packages/domain/src/draw/producer.ts',
  'packages/domain/src/draw/proof-bundle.ts',
  'packages/domain/src/draw/proof-summary.ts',
  'packages/domain/src/draw/protocol.ts',
  'packages/domain/src/draw/recusal.ts',
  'packages/domain/src/draw/replay-logs.ts',
  'packages/domain/src/draw/sample-size.ts',
  'packages/domain/src/draw/sorted-has.ts',
  'packages/domain/src/draw/substitution.ts',
  'packages/domain/src/draw/teams-in-force.ts',
  'packages/domain/src/draw/text-rules.ts',
  'packages/domain/src/draw/tickets.ts',
  'packages/domain/src/draw/verify-draw.ts',
  'packages/domain/src/errors.ts',
  'packages/domain/src/random/seeded-prng.ts',
  'packages/domain/src/rules/agency-seats.ts',
  'packages/domain/src/rules/frequency-cap.ts',
  'packages/domain/src/rules/team-officers.ts',
  'packages/domain/src/team/eligibility.ts',
  'packages/domain/src/team/min-cost-flow.ts',
  'packages/domain/src/team/pair-costs.ts',
  'packages/domain/src/team/roster-snapshot.ts',
  'packages/domain/src/team/single-check-team.ts',
  'packages/domain/src/team/team-assignment.ts',
  'packages/domain/src/team/team-diagnosis.ts',
  'packages/domain/src/uscc/uscc.ts',
  'packages/domain/src/vocabulary/draw.ts',
  'packages/domain/src/vocabulary/inspector.ts',
  'packages/domain/src/vocabulary/object.ts',
  'packages/domain/src/vocabulary/words.ts',
];

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** The lines hashed: "<sha256 of the file's bytes>  <path>\n", sorted by path (sha256sum's format). */
export function drawCodeLines(root) {
  return [...DRAW_CODE_FILES].sort().map((path) => `${sha256(readFileSync(join(root, path)))}  ${path}\n`);
}

/** SHA-256 (lower-case hex) of the concatenated lines: the draw code's hash. */
export function drawCodeHash(root) {
  return sha256(drawCodeLines(root).join(''));
}

/** The software that produces bundles: name, root package.json version (+ git commit when in a checkout), draw code hash. */
export function drawProducer(root) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  let commit = null;
  try {
    commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Not a checkout (an unpacked release): the version alone names it.
  }
  return { software: 'liancha', version: commit ? `${version}+${commit}` : version, drawCodeSha256: drawCodeHash(root) };
}

/**
 * The repository root: the nearest folder above this module that holds this script. Bundled into a
 * tool run from a temporary folder inside the checkout (scripts/run-ts.mjs), the module is no
 * longer in scripts/, so the root is searched for rather than taken as the parent folder.
 */
export const REPO_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(from) {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'scripts', 'draw-code-hash.mjs'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '..');
  }
}

// Run as a script (not when bundled into the API, where import.meta.url is the bundle's).
const self = fileURLToPath(import.meta.url);
if (self.endsWith('draw-code-hash.mjs') && process.argv[1] && resolve(process.argv[1]) === self) {
  const root = process.argv.find((a, i) => i > 1 && !a.startsWith('--')) ?? REPO_ROOT;
  if (process.argv.includes('--list')) process.stdout.write(drawCodeLines(root).join(''));
  console.log(drawCodeHash(root));
}
