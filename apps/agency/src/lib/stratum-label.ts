import { CATEGORY_LABELS, labelFor } from '@liancha/domain/vocabulary';

/** The names a stratum's parts are read by: the region's sectors and townships. */
export interface StratumNames {
  sectors: Record<string, string>;
  townships: Record<string, string>;
}

/**
 * A stratum id (`industry_trade/A`, the values of the task's stratification joined by "/") as a
 * person reads it: "工贸 / A类". The matrix page, the bulk page and the printed batch share it.
 */
export function stratumLabeller(stratifyBy: readonly string[], names: StratumNames): (id: string) => string {
  const valueOf: Record<string, (v: string) => string> = {
    sectorCode: (v) => names.sectors[v] ?? v,
    riskClass: (v) => `${v}类`,
    townshipCode: (v) => names.townships[v] ?? v,
    category: (v) => labelFor(CATEGORY_LABELS, v),
  };
  return (id) =>
    id
      .split('/')
      .map((v, i) => valueOf[stratifyBy[i] ?? 'sectorCode']?.(v) ?? v)
      .join(' / ');
}
