// Verify a 10,000-object draw (with teams) in headless Chromium, timed inside the page.
//   npm run bench:verify-browser -w @liancha/domain
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { dirname, join } from 'node:path';
import { freezeTask } from '../src/draw/commitment.js';
import { runDraw } from '../src/draw/proof-bundle.js';
import { verifyDraw } from '../src/draw/verify-draw.js';
import { ratioBp } from '../src/draw/sample-size.js';
import { Prng } from '../src/random/seeded-prng.js';
import { syntheticUscc } from '../src/fixtures/uscc-factory.js';
import { best, machineNote, median, ms, time } from './timing.js';

const OBJECTS = 10_000;
console.log(`# verify-browser — ${await machineNote()}`);

// A realistic county-sized joint task: 10,000 objects in 4 sectors, 10% drawn, 3 agencies.
const rng = new Prng('verify-browser');
const sectors = ['非煤矿山', '危险化学品', '烟花爆竹', '工贸'];
const objects = Array.from({ length: OBJECTS }, (_, i) => ({
  uscc: syntheticUscc(100_000 + i),
  sectorCode: sectors[i % 4]!,
  townshipCode: `3508811${String(rng.below(16)).padStart(2, '0')}`,
  status: 'operating' as const,
  drawsThisYear: 0,
}));
const agencies = ['yjj', 'scjg', 'xf'];
const inspectors = [
  ...Array.from({ length: 90 }, (_, i) => ({
    certNo: `FJ${String(i).padStart(5, '0')}`,
    agencyId: agencies[i % 3]!,
    certificateExpiresOn: '2026-12-31',
    expertise: [sectors[i % 4]!, sectors[(i + 1) % 4]!],
    homeTownshipCode: `3508811${String(i % 16).padStart(2, '0')}`,
  })),
  ...Array.from({ length: 20 }, (_, i) => ({ certNo: `ZJ${String(i).padStart(4, '0')}`, agencyId: 'yjj', role: 'expert' as const, expertise: sectors })),
];
const conflicts = Array.from({ length: 300 }, () => ({
  certNo: inspectors[rng.below(90)]!.certNo,
  uscc: objects[rng.below(OBJECTS)]!.uscc,
  reason: 'declared' as const,
}));
const frozen = freezeTask({
  task: { id: 'BENCH-VERIFY-10K', regionCode: '350881', year: 2024 },
  objects,
  matrix: { strata: sectors.map((s) => ({ stratum: s, selection: ratioBp(1000), requiredExpertise: [s] })) },
  team: {
    rules: {
      inspectionStart: '2024-04-01',
      inspectionEnd: '2024-06-30',
      agencies: agencies.map((agencyId) => ({ agencyId })),
      officersPerTeam: 3,
      expertsPerTeam: 1,
      maxChecksPerOfficer: 60,
      maxChecksPerExpert: 60,
      homeAreaConflict: true,
    },
    inspectors,
    conflicts,
  },
  entropy: [{ id: 'witness', kind: 'witness', label: '见证人', digits: 6 }],
});
const bundle = runDraw(frozen, [{ source: 'witness', value: '161803' }]);
if (bundle.teams?.status !== 'assigned') throw new Error('bench task should be staffable');
const json = JSON.stringify(bundle);
const node = time(5, () => verifyDraw(JSON.parse(json)));
if (!node.result.ok) throw new Error(JSON.stringify(node.result));
console.log(`bundle: ${OBJECTS} objects, ${node.result.drawn} checks with teams, ${(json.length / 1e6).toFixed(2)} MB JSON`);
console.log(`Node verifyDraw (incl. JSON.parse): best ${ms(best(node.times))}, median ${ms(median(node.times))}`);

const here = dirname(process.argv[1]!);
const script = await build({
  stdin: { contents: "export { verifyDraw } from './src/draw/verify-draw.js';", resolveDir: join(here, '..'), loader: 'ts' },
  bundle: true,
  write: false,
  format: 'iife',
  globalName: 'Liancha',
  platform: 'browser',
  target: 'chrome120',
  minify: true,
});
const code = script.outputFiles[0]!.text;
console.log(`browser verifier bundle: ${(code.length / 1024).toFixed(0)} KiB minified`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><meta charset="utf-8"><title>verify</title>');
  await page.addScriptTag({ content: code });
  const inPage = await page.evaluate((text: string) => {
    const w = globalThis as unknown as { Liancha: { verifyDraw: (b: unknown) => { ok: boolean } } };
    const parse: number[] = [];
    const verify: number[] = [];
    let ok = true;
    for (let run = 0; run < 7; run++) {
      const t0 = performance.now();
      const parsed: unknown = JSON.parse(text);
      const t1 = performance.now();
      ok = w.Liancha.verifyDraw(parsed).ok && ok;
      const t2 = performance.now();
      parse.push(t1 - t0);
      verify.push(t2 - t1);
    }
    return { ok, parse, verify, ua: navigator.userAgent };
  }, json);
  if (!inPage.ok) throw new Error('verification failed in the browser');
  console.log(`Chromium: ${inPage.ua.match(/Chrome\/[\d.]+/)?.[0] ?? inPage.ua}`);
  console.log(
    `in-page verifyDraw: first ${ms(inPage.verify[0]!)}, best ${ms(best(inPage.verify))}, median ${ms(median(inPage.verify))}; JSON.parse best ${ms(best(inPage.parse))}`,
  );
} finally {
  await browser.close();
}
