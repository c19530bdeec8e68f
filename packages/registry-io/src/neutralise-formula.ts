/**
 * Spreadsheet formula injection (OWASP “CSV Injection”): a cell that starts with one of
 * these characters may be run as a formula when the file is opened. The full-width forms
 * are included because Chinese input methods produce them and some spreadsheet programs
 * fold them to half-width.
 */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']);

export function startsLikeFormula(text: string): boolean {
  return text.length > 0 && TRIGGERS.has(text[0]!);
}

/** Prefix a single quote so spreadsheet programs show the text instead of evaluating it. */
export function neutraliseFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/** Undo neutraliseFormula on import, so an exported file re-imports to the same values. */
export function restoreNeutralised(text: string): string {
  return text.length > 1 && text[0] === "'" && TRIGGERS.has(text[1]!) ? text.slice(1) : text;
}
