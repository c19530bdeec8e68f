/** Whether an ascending list holds `value` (binary search: the pool's lists hold up to a million USCCs). */
export function sortedHas<T extends string | number>(sorted: readonly T[], value: T): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
