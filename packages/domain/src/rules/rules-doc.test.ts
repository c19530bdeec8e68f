import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * docs/rules.md maps every rule to the file that decides it and the tests that prove it. This
 * test keeps the map true: every listed file exists, every listed test is an it()/test() of
 * that name in that file.
 */
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const doc = readFileSync(`${root}docs/rules.md`, 'utf8');

interface Row {
  line: number;
  cells: string[];
}

/** Rows of the markdown tables whose header is `| # | rule | decided in | proved by |`. */
function ruleRows(markdown: string): Row[] {
  const rows: Row[] = [];
  let inTable = false;
  markdown.split('\n').forEach((text, i) => {
    if (!text.startsWith('|')) {
      inTable = false;
      return;
    }
    const cells = text
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells.join('|') === '#|rule|decided in|proved by') inTable = true;
    else if (inTable && !/^-+$/.test(cells[0] ?? '')) rows.push({ line: i + 1, cells });
  });
  return rows;
}

const entries = (cell: string) =>
  cell
    .split('<br>')
    .map((e) => e.trim())
    .filter(Boolean);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The faults of one entry: `path` or `path` › test name. */
function faultsOf(entry: string, needsTest: boolean): string[] {
  const match = /^`([^`]+)`(?:\s*›\s*(.+))?$/.exec(entry);
  if (!match) return [`“${entry}” is not \`path\` or \`path\` › test name`];
  const [, path, name] = match;
  if (!existsSync(`${root}${path}`)) return [`${path} does not exist`];
  if (!needsTest) return [];
  if (!name) return [`${path}: no test named`];
  const source = readFileSync(`${root}${path}`, 'utf8');
  const declared = new RegExp(`\\b(?:it|test)\\(\\s*(['"\`])${escape(name)}\\1`);
  return declared.test(source) ? [] : [`${path} has no test “${name}”`];
}

describe('docs/rules.md', () => {
  const rows = ruleRows(doc);

  it('lists the seed’s rules and the national regime’s, every row with where and what proves it', () => {
    expect(rows.length).toBeGreaterThanOrEqual(20);
    for (const row of rows) expect(row.cells, `line ${row.line}`).toHaveLength(4);
    // Every rule of docs/design.md §4 has at least one row.
    const numbers = new Set(rows.map((r) => r.cells[0]));
    for (let n = 1; n <= 11; n++) expect(numbers.has(String(n)), `rule ${n}`).toBe(true);
  });

  it('names only files that exist and tests that exist in them', () => {
    const faults: string[] = [];
    for (const { line, cells } of rows) {
      const [, , decided = '', proved = ''] = cells;
      if (decided === 'planned' || proved === 'planned') {
        if (decided !== proved) faults.push(`line ${line}: a planned rule says “planned” in both columns`);
        continue;
      }
      const where = entries(decided);
      const tests = entries(proved);
      if (where.length === 0 || tests.length === 0) faults.push(`line ${line}: needs a deciding file and a test`);
      for (const entry of where) faults.push(...faultsOf(entry, false).map((f) => `line ${line}: ${f}`));
      for (const entry of tests) faults.push(...faultsOf(entry, true).map((f) => `line ${line}: ${f}`));
    }
    expect(faults).toEqual([]);
  });

  it('catches a missing file and a missing test', () => {
    expect(faultsOf('`docs/no-such-file.md`', false)).toEqual(['docs/no-such-file.md does not exist']);
    expect(faultsOf('`packages/domain/src/rules/ratio-floor.test.ts` › no such test', true)).toEqual([
      'packages/domain/src/rules/ratio-floor.test.ts has no test “no such test”',
    ]);
    expect(faultsOf('`packages/domain/src/rules/ratio-floor.test.ts`', true)).toEqual(['packages/domain/src/rules/ratio-floor.test.ts: no test named']);
  });
});
