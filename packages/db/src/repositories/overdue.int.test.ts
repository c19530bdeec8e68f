import { describe, expect, it } from 'vitest';
import { sql, type Transaction } from 'kysely';
import {
  FOLLOW_UP_DEADLINE,
  FOLLOW_UP_STATUSES,
  HAZARD_DEADLINES,
  HAZARD_STATUSES,
  hazardOverdueFlags,
  isOverdue,
  NOTE_DEADLINE,
  NOTE_STATUSES,
  OVERDUE_FLAGS,
  type DeadlineRule,
  type HazardDeadlineField,
} from '@liancha/domain';
import type { DB } from '../schema/database.js';
import { testDbKind } from '../testing/index.js';
import { suiteDb } from '../test-support/suite-db.js';
import { hazardOverdueWhere, overdueWhere } from './overdue.js';

const TODAY = '2026-03-10';
/** No deadline, past, the day itself, future: the edges of the rule. */
const DATES = [null, '2026-03-09', TODAY, '2026-03-11'] as const;
const HAZARD_FIELDS: HazardDeadlineField[] = ['rectificationDeadline', 'reinspectionDue', 'listingDeadline', 'acceptanceDue'];
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

interface Row {
  id: number;
  status: string;
  dates: Record<string, string | null>;
}

/** Every status with each date in every deadline column at once, and with one past deadline among future ones. */
function rowsFor(statuses: readonly string[], fields: readonly string[]): Row[] {
  const rows: Row[] = [];
  for (const status of statuses) {
    for (const date of DATES) rows.push({ id: rows.length + 1, status, dates: Object.fromEntries(fields.map((f) => [f, date])) });
    for (const past of fields) rows.push({ id: rows.length + 1, status, dates: Object.fromEntries(fields.map((f) => [f, f === past ? DATES[1] : DATES[3]])) });
  }
  return rows;
}

/** The rows in a temporary table of the real columns' types (text status, date deadlines), dropped at commit. */
async function probe(trx: Transaction<DB>, table: string, fields: readonly string[], rows: Row[]): Promise<void> {
  await sql
    .raw(`create temp table ${table} (id int primary key, status text not null, ${fields.map((f) => `${snake(f)} date`).join(', ')}) on commit drop`)
    .execute(trx);
  for (const row of rows) {
    await sql`insert into ${sql.table(table)} (id, status, ${sql.join(fields.map((f) => sql.ref(f)))}) values (${row.id}, ${row.status}, ${sql.join(fields.map((f) => row.dates[f] ?? null))})`.execute(
      trx,
    );
  }
}

async function idsWhere(trx: Transaction<DB>, table: string, where: ReturnType<typeof overdueWhere>): Promise<number[]> {
  const result = await sql<{ id: number }>`select id from ${sql.table(table)} where ${where} order by id`.execute(trx);
  return result.rows.map((r) => r.id);
}

const idsOf = (rows: Row[], keep: (row: Row) => boolean) => rows.filter(keep).map((r) => r.id);

describe(`the overdue rule in memory and in SQL, on ${testDbKind()}`, () => {
  const handle = suiteDb();

  it('reads real columns: text states and date deadlines', async () => {
    const rules: [string, DeadlineRule<string, string>][] = [
      ...Object.values(HAZARD_DEADLINES).map((rule) => ['hazard', rule] as [string, DeadlineRule<string, string>]),
      ['follow_up_action', FOLLOW_UP_DEADLINE],
      ['supervision_note', NOTE_DEADLINE],
    ];
    const columns = await sql<{ tableName: string; columnName: string; dataType: string }>`
      select table_name, column_name, data_type from information_schema.columns where table_schema = 'public'`.execute(handle.db);
    const type = (table: string, column: string) => columns.rows.find((c) => c.tableName === table && c.columnName === column)?.dataType;
    for (const [table, rule] of rules) {
      expect(type(table, 'status'), `${table}.status`).toBe('text');
      expect(type(table, snake(rule.deadline)), `${table}.${rule.deadline}`).toBe('date');
    }
  });

  it('agrees on hazards, flag by flag and for any flag', async () => {
    const rows = rowsFor(HAZARD_STATUSES, HAZARD_FIELDS);
    const hazard = (row: Row) => ({ status: row.status, ...row.dates }) as Parameters<typeof hazardOverdueFlags>[0];
    await handle.db.transaction().execute(async (trx) => {
      await probe(trx, 'hazard_probe', HAZARD_FIELDS, rows);
      for (const flag of OVERDUE_FLAGS) {
        const inMemory = idsOf(rows, (row) => hazardOverdueFlags(hazard(row), TODAY).includes(flag));
        expect(inMemory.length, flag).toBeGreaterThan(0);
        expect(await idsWhere(trx, 'hazard_probe', overdueWhere('hazard_probe', HAZARD_DEADLINES[flag], TODAY)), flag).toEqual(inMemory);
        expect(await idsWhere(trx, 'hazard_probe', hazardOverdueWhere('hazard_probe', TODAY, [flag])), flag).toEqual(inMemory);
      }
      const anyFlag = idsOf(rows, (row) => hazardOverdueFlags(hazard(row), TODAY).length > 0);
      expect(await idsWhere(trx, 'hazard_probe', hazardOverdueWhere('hazard_probe', TODAY))).toEqual(anyFlag);
      expect(anyFlag.length).toBeLessThan(rows.length);
    });
  });

  it('agrees on follow-ups and 督办单', async () => {
    const cases: [string, DeadlineRule<string, string>, readonly string[]][] = [
      ['follow_up_probe', FOLLOW_UP_DEADLINE, FOLLOW_UP_STATUSES],
      ['note_probe', NOTE_DEADLINE, NOTE_STATUSES],
    ];
    await handle.db.transaction().execute(async (trx) => {
      for (const [table, rule, statuses] of cases) {
        const rows = rowsFor(statuses, [rule.deadline]);
        await probe(trx, table, [rule.deadline], rows);
        const inMemory = idsOf(rows, (row) => isOverdue(rule, { status: row.status, ...row.dates }, TODAY));
        expect(inMemory.length, table).toBeGreaterThan(0);
        expect(inMemory.length, table).toBeLessThan(rows.length);
        expect(await idsWhere(trx, table, overdueWhere(table, rule, TODAY)), table).toEqual(inMemory);
      }
    });
  });
});
