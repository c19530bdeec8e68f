/**
 * Pure parsers for one cell's text. Each returns the value or a Chinese message that
 * names the field, the bad text and the expected form. Blank cells are handled by the
 * caller (required / default), never here.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (message: string): Parsed<never> => ({ ok: false, message });

const DATE_FORMS = '2026-12-31、2026/12/31或2026年12月31日';

/** Excel serials accepted in date columns: 1950-01-01 … 2099-12-31; anything else is not a date. */
const SERIAL_MIN = 18264;
const SERIAL_MAX = 73050;
const MS_PER_DAY = 86_400_000;
/** Day 0 of the 1900 date system as Excel counts after its 1900-02-29 leap-year bug. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function excelSerialToIso(serial: number): string {
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * 2026-12-31, 2026/12/31, 2026.12.31, 2026年12月31日, 20261231, an optional time after it,
 * and Excel serial numbers (a date cell read without its format, or a CSV saved from one).
 */
export function parseDate(text: string, label: string): Parsed<string> {
  const t = text.normalize('NFKC').trim();
  const match =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (match) {
    const iso = isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
    if (iso) return ok(iso);
    return bad(`${label}“${text}”不是有效日期，请检查年月日是否存在，并按${DATE_FORMS}的格式填写`);
  }
  if (/^\d+(\.\d+)?$/.test(t)) {
    const serial = Number(t);
    if (serial >= SERIAL_MIN && serial <= SERIAL_MAX) return ok(excelSerialToIso(serial));
  }
  return bad(`${label}“${text}”无法识别为日期，请按${DATE_FORMS}的格式填写`);
}

/**
 * An expiry date. Certificates often show their validity as a span
 * (“2021-01-01至2026-12-31”); the end of the span is the expiry.
 */
export function parseExpiry(text: string, label: string): Parsed<string> {
  const t = text.normalize('NFKC').trim();
  if (/^长期/.test(t)) return bad(`${label}不能填“${text}”，请填写具体的到期日期，如2026-12-31`);
  const parts = t.split(/\s*(?:至|到|~|—|–)\s*/).filter((part) => part !== '');
  const end = parts.length > 1 ? parts[parts.length - 1]! : t;
  const parsed = parseDate(end, label);
  return parsed.ok || parts.length <= 1 ? parsed : bad(`${label}“${text}”无法识别，请按2026-12-31的格式填写到期日期`);
}

const RATIO_HINT = '请填写百分数，如“10%”“0.5%”或“不低于5%”';

/**
 * 抽查比例 → basis points. '10%' → 1000, '0.5%' → 50; a bare number is a percentage
 * ('10' → 1000), since 抽查比例 columns are written in percent; “不低于/不少于/≥ X%” and
 * “X%以上” are floors, which is what the draw uses.
 */
export function parseRatio(text: string, label = '抽查比例'): Parsed<number> {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  const match = /^(?:不低于|不少于|至少|>=|≥|>)?(\d+(?:\.\d+)?)%?(?:以上|及以上)?$/.exec(t);
  if (!match) return bad(`${label}“${text}”无法识别，${RATIO_HINT}`);
  const percent = Number(match[1]);
  const bp = Math.round(percent * 100 * 1e6) / 1e6;
  if (!Number.isInteger(bp)) return bad(`${label}“${text}”最多保留两位小数（如0.05%）`);
  if (bp > 10_000) return bad(`${label}“${text}”超出范围，应在0%到100%之间`);
  return ok(bp);
}

/** Basis points back to the text form parseRatio reads: 1000 → '10%', 50 → '0.5%'. */
export function formatRatio(bp: number): string {
  return `${Number((bp / 100).toFixed(2))}%`;
}

/** Multi-value cells: 、，, ; ； or line breaks (and blanks) separate values; duplicates drop. */
export function splitList(text: string): string[] {
  const parts = text
    .split(/[、，,;；\n\r\t\s\u3000|/]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return [...new Set(parts)];
}

/**
 * 抽查子项 are phrases that may contain commas and 、, so only line breaks and semicolons
 * separate them; leading enumerators ('1.', '1、', '（1）', '①') are dropped.
 */
export function splitSubItems(text: string): string[] {
  return text
    .split(/[\n\r;；]+/)
    .map((part) =>
      part
        .trim()
        .replace(/^(?:\d{1,3}\s*(?:[.．](?!\d)|[、)）])|[（(]\d{1,3}[)）]|[①-⑳])\s*/, '')
        .trim(),
    )
    .filter((part) => part !== '');
}

/**
 * Mobile (11 digits from 1) or landline with area code; spaces and dashes allowed,
 * a leading +86/86 dropped. Stored without blanks.
 */
export function parsePhone(text: string, label: string): Parsed<string> {
  const t = text.normalize('NFKC').replace(/[\s()（）]/g, '');
  const digits = t.replace(/^\+?86(?=1\d{10}$)/, '').replace(/-/g, '');
  if (/^1[3-9]\d{9}$/.test(digits) || /^0\d{9,11}$/.test(digits) || /^\d{7,8}$/.test(digits)) {
    return ok(t.replace(/^\+?86(?=1\d{10}$)/, ''));
  }
  return bad(`${label}“${text}”格式不正确，应为11位手机号或带区号的固定电话（如0597-7531234）`);
}
