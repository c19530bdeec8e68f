import { isoDate } from './cell-parsers.js';

/**
 * One exceljs cell value as the text a user sees, so every cell parser works on text
 * whatever the cell type. `lossy` marks a number of 16+ digits: Excel keeps only 15
 * significant digits, so a USCC or ID number typed into a General cell has lost its tail
 * and must be re-entered as text; the digits are still returned for the message.
 */
export interface CellText {
  text: string;
  lossy: boolean;
}

const EMPTY: CellText = { text: '', lossy: false };

export function cellText(value: unknown, numFmt: string | undefined): CellText {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return { text: value, lossy: false };
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', lossy: false };
  if (value instanceof Date) return { text: dateText(value), lossy: false };
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      return { text: v.richText.map((run: { text?: unknown }) => (typeof run.text === 'string' ? run.text : '')).join(''), lossy: false };
    }
    // A formula counts by its cached result; a file saved without results reads as blank.
    if ('formula' in v || 'sharedFormula' in v) return cellText(v.result, numFmt);
    if (typeof v.error === 'string') return { text: v.error, lossy: false };
    if ('text' in v) return cellText(v.text, numFmt);
  }
  return EMPTY;
}

function numberText(n: number, numFmt: string | undefined): CellText {
  if (!Number.isFinite(n)) return EMPTY;
  if (numFmt?.includes('%')) return { text: `${plainNumber(n * 100)}%`, lossy: false };
  if (Number.isInteger(n) && Math.abs(n) >= 1e15 && Math.abs(n) < 1e21) {
    return { text: fifteenDigits(n), lossy: true };
  }
  return { text: plainNumber(n), lossy: false };
}

/** The integer as Excel shows it: 15 significant digits, then zeros. */
function fifteenDigits(n: number): string {
  const [mantissa = '', exponent = '0'] = Math.abs(n).toExponential(14).split('e');
  const digits = mantissa.replace('.', '');
  return (n < 0 ? '-' : '') + digits.padEnd(Number(exponent) + 1, '0');
}

/** Without binary float noise (0.1 + 0.2) and never in exponent form for integers. */
function plainNumber(n: number): string {
  if (Number.isInteger(n)) return n.toString();
  return Number(n.toPrecision(15)).toString();
}

/** exceljs turns date serials into UTC midnights; the time of day is not part of our dates. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) ?? date.toISOString().slice(0, 10);
}
