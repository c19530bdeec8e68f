import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { appRouter } from './app-router.js';
import { MAX_PAGE_SIZE } from '../trpc/schemas.js';

/** A row-count knob and how far an input may turn it. */
const ROW_KNOBS: Record<string, number> = { pageSize: MAX_PAGE_SIZE, limit: 1000 };

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { inputs: unknown[] } }>);

/** Every input field that sets how many rows come back is capped: no list can be asked for everything. */
describe('row caps on list inputs', () => {
  const knobs = procedures.flatMap(([path, procedure]) =>
    procedure._def.inputs.flatMap((schema) => {
      if (!(schema instanceof z.ZodObject)) return [];
      return Object.keys(ROW_KNOBS)
        .filter((key) => key in schema.shape)
        .map((key) => ({ path, key, schema: schema.shape[key] as z.ZodType }));
    }),
  );

  it('finds the paged lists', () => {
    expect(knobs.filter((k) => k.key === 'pageSize').length).toBeGreaterThanOrEqual(10);
  });

  it.each(knobs.map((k) => [`${k.path}.${k.key}`, k] as const))('%s refuses more than its cap', (_name, { key, schema }) => {
    const cap = ROW_KNOBS[key]!;
    expect(schema.safeParse(cap + 1).success).toBe(false);
    expect(schema.safeParse(Number.MAX_SAFE_INTEGER).success).toBe(false);
    if (key === 'pageSize') expect(schema.safeParse(MAX_PAGE_SIZE).success).toBe(true);
  });
});
