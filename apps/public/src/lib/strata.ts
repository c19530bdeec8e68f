/**
 * Stratum ids are the stratum's field values joined with "/" (protocol §3.2), e.g.
 * "industry_trade" or "hazardous_chemicals/B": shown with the region's sector names.
 */
export type StratumLabel = (id: string) => string;

export function stratumLabeller(sectors: readonly { sectorCode: string; sectorName: string }[]): StratumLabel {
  const names = new Map(sectors.map((s) => [s.sectorCode, s.sectorName]));
  return (id) =>
    id
      .split('/')
      .map((part) => names.get(part) ?? part)
      .join(' / ');
}

export const rawStratum: StratumLabel = (id) => id;
