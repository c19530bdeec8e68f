/**
 * Deadlines counted on a year whose official holiday schedule is not entered yet are estimates
 * (预计): the API flags them; the portals say so next to the date and explain once per page.
 */

/** "预计 2027-01-18", the date itself, or "—" when there is none. */
export function dueText(dueOn: string | null | undefined, provisional = false): string {
  if (!dueOn) return '—';
  return provisional ? `预计 ${dueOn}` : dueOn;
}

/** The explanation of 预计 for the estimated years, e.g. [2027]. */
export function provisionalNote(years: readonly number[]): string {
  const named = years.length > 0 ? `${years.join('、')} 年` : '相关年份的';
  return `${named}节假日安排尚未录入，按法定节假日和周末预计，正式安排公布后自动重算（法定节假日逢周末不另补休，正式安排可能调整放假和调休日期）`;
}
