/**
 * Benchmark: import a 100,000-row 检查对象名录库 as .xlsx (our export, and Excel's layout
 * with shared strings), as UTF-8 CSV and as GBK CSV.
 *   npm run bench:import -w @liancha/registry-io -- [rows]
 * The files are generated (valid USCCs via composeUscc) and written with writeRegistryFile;
 * each parse runs in a fresh child process so its peak RSS is its own. Only parsing is
 * measured here; committing the records to the database is the API's part.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { parseRegistryFile } from '../src/parse-registry-file.js';
import { indexReference } from '../src/reference-index.js';
import { templateFor } from '../src/templates/index.js';
import type { ObjectRecord } from '../src/types.js';
import { typedValue } from '../src/xlsx-writer.js';
import { encodeGbk } from '../src/test-support/encode.js';
import { writeRegistryFile } from '../src/write-registry-file.js';
import { BENCH_REFERENCE, generateObjects } from '../src/testing/object-fixture.js';

const TODAY = '2026-11-25';
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

interface ChildResult {
  ms: number;
  rssBeforeMb: number;
  peakRssMb: number;
  totalRows: number;
  records: number;
  issues: number;
  progressCalls: number;
}

async function child(file: string, mode: string): Promise<void> {
  const bytes = new Uint8Array(readFileSync(file));
  const rssBeforeMb = mb(process.memoryUsage().rss);
  const start = performance.now();
  let result: Omit<ChildResult, 'ms' | 'rssBeforeMb' | 'peakRssMb'>;
  if (mode === 'exceljs-load') {
    // The alternative to the streaming reader: the whole workbook in memory.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    let rows = 0;
    workbook.worksheets[0]!.eachRow(() => rows++);
    result = { totalRows: rows - 1, records: 0, issues: 0, progressCalls: 0 };
  } else {
    let progressCalls = 0;
    const outcome = await parseRegistryFile(
      'object',
      { bytes, filename: file },
      // 100,000 realistic rows of UTF-8 CSV are just over the default 20 MiB, so the bench allows 32 MiB.
      {
        reference: BENCH_REFERENCE,
        today: TODAY,
        limits: { maxBytes: 32 * 1024 * 1024 },
        onProgress: () => {
          progressCalls++;
        },
      },
    );
    result = { totalRows: outcome.totalRows, records: outcome.records.length, issues: outcome.issues.length, progressCalls };
  }
  const ms = Math.round(performance.now() - start);
  // maxRSS is in kilobytes.
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(JSON.stringify({ ms, rssBeforeMb, peakRssMb, ...result }));
}

/**
 * The same rows as Excel itself stores them: text in the shared-strings table, which the
 * archive holds after the sheet. Our export uses inline strings instead.
 */
async function sharedStringsWorkbook(objects: ObjectRecord[]): Promise<Uint8Array> {
  const template = templateFor('object');
  const reference = indexReference(BENCH_REFERENCE);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(template.sheetName);
  sheet.addRow(template.columns.map((column) => column.header));
  for (const object of objects) {
    sheet.addRow(template.toCells(object, reference).map((text, i) => typedValue(text, template.columns[i]!.type)));
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 100_000);
  const dir = mkdtempSync(join(tmpdir(), 'registry-io-bench-'));
  try {
    let t = performance.now();
    const objects = generateObjects(rows);
    console.log(`generated ${rows.toLocaleString('en-US')} objects in ${Math.round(performance.now() - t)} ms`);

    t = performance.now();
    const xlsx = await writeRegistryFile('object', objects, 'xlsx', { reference: BENCH_REFERENCE });
    console.log(`writeRegistryFile .xlsx: ${sec(performance.now() - t)}, ${xlsx.length} bytes`);
    t = performance.now();
    const csv = await writeRegistryFile('object', objects, 'csv', { reference: BENCH_REFERENCE });
    console.log(`writeRegistryFile .csv: ${sec(performance.now() - t)}, ${csv.length} bytes`);
    const gbk = encodeGbk(new TextDecoder().decode(csv.subarray(3)));
    t = performance.now();
    const excelStyle = await sharedStringsWorkbook(objects);
    console.log(`exceljs Workbook (shared strings) .xlsx: ${sec(performance.now() - t)}, ${excelStyle.length} bytes`);

    const files = [
      ['objects.xlsx', xlsx, 'parse'],
      ['objects-shared-strings.xlsx', excelStyle, 'parse'],
      ['objects-utf8.csv', csv, 'parse'],
      ['objects-gbk.csv', gbk, 'parse'],
      ['objects.xlsx', xlsx, 'exceljs-load'],
    ] as const;
    const self = fileURLToPath(import.meta.url);
    console.log(
      `\nnode ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    console.log('\n| file | what | total (read and checked in one pass) | peak RSS | rows | records | issues | progress calls |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const [name, bytes, mode] of files) {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      const run = spawnSync(process.execPath, [self, '--child', file, mode], { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (run.status !== 0) throw new Error(`child failed: ${run.stderr}`);
      const r = JSON.parse(run.stdout) as ChildResult;
      const what = mode === 'parse' ? 'parseRegistryFile' : 'exceljs Workbook.xlsx.load + eachRow (no validation)';
      console.log(
        `| ${name} (${(bytes.length / 1024 / 1024).toFixed(1)} MiB) | ${what} | ${sec(r.ms)} | ${r.peakRssMb} MB (${r.rssBeforeMb} MB before) | ${r.totalRows} | ${r.records} | ${r.issues} | ${r.progressCalls} |`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const childAt = process.argv.indexOf('--child');
if (childAt !== -1) await child(process.argv[childAt + 1]!, process.argv[childAt + 2]!);
else await main();
