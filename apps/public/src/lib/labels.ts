import { labelOf, PUBLICATION_KIND, toneOf, type Tone } from '@liancha/ui';

/** Chinese names of the API's codes, as the public reads them: the domain's tables (@liancha/domain/vocabulary). */
export { dateTime, day } from '@liancha/ui';

export function kindLabel(kind: string): string {
  return labelOf(PUBLICATION_KIND, kind);
}

export function kindTone(kind: string): Tone {
  return toneOf(PUBLICATION_KIND, kind);
}

/** Basis points as a percentage: 1000 → "10%". */
export function percentOfBp(bp: number | null | undefined): string {
  if (bp === null || bp === undefined) return '—';
  return `${(bp / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 })}%`;
}
