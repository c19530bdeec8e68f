import { sql, type Kysely } from 'kysely';

/**
 * The official holiday schedules (国务院办公厅关于某年部分节假日安排的通知) become data the platform
 * admin enters, instead of a table compiled into the code. National reference data, not tenant
 * data: one schedule per year for the whole country, so no region_code (like region and sector).
 *
 * A correction is a new version of the year; the old one is kept, marked superseded. `revision`
 * grows with every row, so an API process sees in one indexed read whether the calendar it has
 * cached is still current. Rows are never deleted and days never change.
 *
 * Seeded with 2020–2026, a frozen copy of packages/domain/src/calendar/holidays-cn.ts at the time
 * of this migration (a migration never follows later edits of the code).
 */
const statements = [
  `create table holiday_schedule (
     id uuid primary key default gen_random_uuid(),
     revision bigint generated always as identity unique,
     year int not null check (year between 2000 and 2100),
     version int not null check (version >= 1),
     notice_number text not null check (btrim(notice_number) <> ''),
     notice_date date not null,
     source_text text not null default '',
     entered_by uuid references app_user(id),
     entered_at timestamptz not null default now(),
     superseded_at timestamptz,
     unique (year, version)
   )`,
  // One current schedule per year.
  `create unique index holiday_schedule_current_idx on holiday_schedule (year) where superseded_at is null`,
  `create table holiday_schedule_day (
     schedule_id uuid not null references holiday_schedule(id),
     day date not null,
     kind text not null check (kind in ('holiday','workday')),
     name text not null check (btrim(name) <> ''),
     primary key (schedule_id, day),
     check (kind = 'holiday' or extract(isodow from day) in (6, 7))
   )`,
  `create trigger holiday_schedule_no_delete before delete on holiday_schedule
     for each row execute function liancha_refuse_change()`,
  `create trigger holiday_schedule_no_truncate before truncate on holiday_schedule
     for each statement execute function liancha_refuse_change()`,
  `create trigger holiday_schedule_day_immutable before update or delete on holiday_schedule_day
     for each row execute function liancha_refuse_change()`,
  `create trigger holiday_schedule_day_no_truncate before truncate on holiday_schedule_day
     for each statement execute function liancha_refuse_change()`,
];

interface SeedSchedule {
  year: number;
  noticeNumber: string;
  noticeDate: string;
  holidays: [name: string, from: string, to: string][];
  workdays: string[];
}

const SEED: SeedSchedule[] = [
  {
    year: 2020,
    noticeNumber: '国办发明电〔2019〕16号；国办发明电〔2020〕1号（延长春节假期）',
    noticeDate: '2020-01-26',
    holidays: [
      ['元旦', '2020-01-01', '2020-01-01'],
      ['春节', '2020-01-24', '2020-02-02'],
      ['清明节', '2020-04-04', '2020-04-06'],
      ['劳动节', '2020-05-01', '2020-05-05'],
      ['端午节', '2020-06-25', '2020-06-27'],
      ['国庆节、中秋节', '2020-10-01', '2020-10-08'],
    ],
    workdays: ['2020-01-19', '2020-04-26', '2020-05-09', '2020-06-28', '2020-09-27', '2020-10-10'],
  },
  {
    year: 2021,
    noticeNumber: '国办发明电〔2020〕27号',
    noticeDate: '2020-11-25',
    holidays: [
      ['元旦', '2021-01-01', '2021-01-03'],
      ['春节', '2021-02-11', '2021-02-17'],
      ['清明节', '2021-04-03', '2021-04-05'],
      ['劳动节', '2021-05-01', '2021-05-05'],
      ['端午节', '2021-06-12', '2021-06-14'],
      ['中秋节', '2021-09-19', '2021-09-21'],
      ['国庆节', '2021-10-01', '2021-10-07'],
    ],
    workdays: ['2021-02-07', '2021-02-20', '2021-04-25', '2021-05-08', '2021-09-18', '2021-09-26', '2021-10-09'],
  },
  {
    year: 2022,
    noticeNumber: '国办发明电〔2021〕11号',
    noticeDate: '2021-10-25',
    holidays: [
      ['元旦', '2022-01-01', '2022-01-03'],
      ['春节', '2022-01-31', '2022-02-06'],
      ['清明节', '2022-04-03', '2022-04-05'],
      ['劳动节', '2022-04-30', '2022-05-04'],
      ['端午节', '2022-06-03', '2022-06-05'],
      ['中秋节', '2022-09-10', '2022-09-12'],
      ['国庆节', '2022-10-01', '2022-10-07'],
    ],
    workdays: ['2022-01-29', '2022-01-30', '2022-04-02', '2022-04-24', '2022-05-07', '2022-10-08', '2022-10-09'],
  },
  {
    year: 2023,
    noticeNumber: '国办发明电〔2022〕16号',
    noticeDate: '2022-12-08',
    holidays: [
      ['元旦', '2022-12-31', '2023-01-02'],
      ['春节', '2023-01-21', '2023-01-27'],
      ['清明节', '2023-04-05', '2023-04-05'],
      ['劳动节', '2023-04-29', '2023-05-03'],
      ['端午节', '2023-06-22', '2023-06-24'],
      ['中秋节、国庆节', '2023-09-29', '2023-10-06'],
    ],
    workdays: ['2023-01-28', '2023-01-29', '2023-04-23', '2023-05-06', '2023-06-25', '2023-10-07', '2023-10-08'],
  },
  {
    year: 2024,
    noticeNumber: '国办发明电〔2023〕7号',
    noticeDate: '2023-10-25',
    holidays: [
      ['元旦', '2024-01-01', '2024-01-01'],
      ['春节', '2024-02-10', '2024-02-17'],
      ['清明节', '2024-04-04', '2024-04-06'],
      ['劳动节', '2024-05-01', '2024-05-05'],
      ['端午节', '2024-06-10', '2024-06-10'],
      ['中秋节', '2024-09-15', '2024-09-17'],
      ['国庆节', '2024-10-01', '2024-10-07'],
    ],
    workdays: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
  },
  {
    year: 2025,
    noticeNumber: '国办发明电〔2024〕12号',
    noticeDate: '2024-11-12',
    holidays: [
      ['元旦', '2025-01-01', '2025-01-01'],
      ['春节', '2025-01-28', '2025-02-04'],
      ['清明节', '2025-04-04', '2025-04-06'],
      ['劳动节', '2025-05-01', '2025-05-05'],
      ['端午节', '2025-05-31', '2025-06-02'],
      ['国庆节、中秋节', '2025-10-01', '2025-10-08'],
    ],
    workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    noticeNumber: '国办发明电〔2025〕7号',
    noticeDate: '2025-11-04',
    holidays: [
      ['元旦', '2026-01-01', '2026-01-03'],
      ['春节', '2026-02-15', '2026-02-23'],
      ['清明节', '2026-04-04', '2026-04-06'],
      ['劳动节', '2026-05-01', '2026-05-05'],
      ['端午节', '2026-06-19', '2026-06-21'],
      ['中秋节', '2026-09-25', '2026-09-27'],
      ['国庆节', '2026-10-01', '2026-10-07'],
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
];

const SOURCE = '随系统发布的初始数据（迁移 2026-12-04-09），依据国务院办公厅当年部分节假日安排的通知';

function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
  for (const s of SEED) {
    const row = await sql<{ id: string }>`
      insert into holiday_schedule (year, version, notice_number, notice_date, source_text)
      values (${s.year}, 1, ${s.noticeNumber}, ${s.noticeDate}, ${SOURCE}) returning id`.execute(db);
    const id = row.rows[0]!.id;
    const rows = [
      ...s.holidays.flatMap(([name, from, to]) => days(from, to).map((day) => ({ day, kind: 'holiday', name }))),
      ...s.workdays.map((day) => ({ day, kind: 'workday', name: '调休上班' })),
    ];
    await sql`insert into holiday_schedule_day (schedule_id, day, kind, name)
      values ${sql.join(rows.map((r) => sql`(${id}, ${r.day}, ${r.kind}, ${r.name})`))}`.execute(db);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw('drop table holiday_schedule_day').execute(db);
  await sql.raw('drop table holiday_schedule').execute(db);
}
