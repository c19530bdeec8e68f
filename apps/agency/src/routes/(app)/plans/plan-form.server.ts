import { type FormReader } from '@liancha/api-client/sveltekit';

/** The plan form as the API takes it; empty batch rows are dropped and the rest numbered in order. */
export function planContents(form: FormReader) {
  const names = form.data.getAll('batchName').map(String);
  const starts = form.data.getAll('batchStartsOn').map(String);
  const ends = form.data.getAll('batchEndsOn').map(String);
  const quantities = form.data.getAll('batchQuantity').map(String);
  const ratios = form.data.getAll('batchRatio').map(String);
  const batches = names
    .map((name, i) => ({
      name: name.trim(),
      startsOn: starts[i] ?? '',
      endsOn: ends[i] ?? '',
      quantity: quantities[i]?.trim() ?? '',
      ratio: ratios[i]?.trim().replace('%', '') ?? '',
    }))
    .filter((b) => b.name || b.startsOn || b.endsOn)
    .map((b, i) => ({
      seq: i + 1,
      name: b.name,
      startsOn: b.startsOn,
      endsOn: b.endsOn,
      quantity: b.quantity === '' ? null : Number(b.quantity),
      ratioBp: b.ratio === '' ? null : Math.round(Number(b.ratio) * 100),
      scope: {},
    }));
  const cap = (c: string) => {
    const n = form.int(`cap${c}`);
    return n === null ? undefined : n;
  };
  return {
    title: form.text('title'),
    ratioFloorBp: form.percentBp('ratioFloorPercent') ?? Number.NaN,
    frequencyCaps: { A: cap('A'), B: cap('B'), C: cap('C'), D: cap('D') },
    notes: form.text('notes'),
    itemIds: form.list('itemIds'),
    batches,
  };
}

export const PLAN_FIELDS = [
  'year',
  'title',
  'ratioFloorBp',
  'frequencyCaps.A',
  'frequencyCaps.B',
  'frequencyCaps.C',
  'frequencyCaps.D',
  'notes',
  'itemIds',
  'batches',
] as const;
