import { DomainError, type DomainIssue, type ScheduleDayKind } from '@liancha/domain';

/**
 * One line of a holiday schedule as the admin enters it: a day or a run of days, off
 * (holiday) or worked (workday, a 调休 Saturday or Sunday), with the festival's name.
 * `row` is what error messages point at: the line of the text, or the entry's position.
 */
export interface ScheduleEntry {
  row: number;
  from: string;
  to: string;
  kind: ScheduleDayKind;
  name: string;
}

const KINDS: Record<string, ScheduleEntry['kind']> = {
  holiday: 'holiday',
  放假: 'holiday',
  休: 'holiday',
  workday: 'workday',
  上班: 'workday',
  调休上班: 'workday',
  班: 'workday',
};

/** The name stored for a make-up working day entered without one. */
export const WORKDAY_NAME = '调休上班';

/**
 * Parses the import text: lines `2027-01-01,holiday,元旦`, `2027-02-05~2027-02-11,holiday,春节`
 * or `2027-02-20,workday` (commas, Chinese commas or tabs; a header line and lines starting
 * with # are skipped). Row numbers are line numbers, so an admin finds the line in the file.
 * Only the shape is checked here; the dates are checked with the rest (schedule-rules.ts).
 */
export function parseScheduleText(text: string): ScheduleEntry[] {
  const entries: ScheduleEntry[] = [];
  const issues: DomainIssue[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const row = index + 1;
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const cells = line.split(/[,，\t]/).map((c) => c.trim());
    const [when = '', kindText = '', name = '', ...rest] = cells;
    if (entries.length === 0 && issues.length === 0 && /日期|date/i.test(when)) return; // a header line
    if (rest.some((c) => c !== '')) {
      issues.push({ row, field: 'text', message: `应为“日期,类型,名称”三列，这一行有 ${cells.length} 列` });
      return;
    }
    const kind = KINDS[kindText.toLowerCase()];
    if (!kind) {
      issues.push({
        row,
        field: 'text',
        message: kindText === '' ? '缺少类型：应为 holiday（放假）或 workday（调休上班）' : `类型“${kindText}”无效：应为 holiday（放假）或 workday（调休上班）`,
      });
      return;
    }
    const [from = '', to = from, ...more] = when.split(/\s*[~～]\s*/);
    if (more.length > 0 || from === '') {
      issues.push({ row, field: 'text', message: `日期“${when}”无效：应为 YYYY-MM-DD 或 YYYY-MM-DD~YYYY-MM-DD` });
      return;
    }
    entries.push({ row, from, to, kind, name });
  });
  if (issues.length > 0) throw scheduleRefused(issues);
  if (entries.length === 0) throw scheduleRefused([{ field: 'text', message: '没有读到任何安排：请按“日期,类型,名称”每行填写一条' }]);
  return entries;
}

export function scheduleRefused(issues: DomainIssue[]): DomainError {
  const rows = [...new Set(issues.map((i) => i.row).filter((r): r is number => r !== undefined))];
  const where = rows.length > 0 ? `第 ${rows.slice(0, 10).join('、')}${rows.length > 10 ? ' 等' : ''} 行有误` : '请检查标注的内容';
  return new DomainError('bad_request', `节假日安排未保存：${where}`, { reason: 'calendar.schedule_invalid', issues });
}

/** The days of a schedule as import text (runs of one holiday as ranges), e.g. to edit a correction. */
export function scheduleText(days: readonly { date: string; kind: ScheduleDayKind; name: string }[]): string {
  const lines: string[] = [];
  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : 1));
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i]!;
    let last = first;
    while (
      first.kind === 'holiday' &&
      i + 1 < sorted.length &&
      sorted[i + 1]!.kind === 'holiday' &&
      sorted[i + 1]!.name === first.name &&
      isNextDay(last.date, sorted[i + 1]!.date)
    )
      last = sorted[++i]!;
    lines.push(`${first.date}${last === first ? '' : `~${last.date}`},${first.kind},${first.name}`);
  }
  return lines.join('\n');
}

function isNextDay(a: string, b: string): boolean {
  return Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`) === 86_400_000;
}
