/** The first place two JSON values differ. */
export interface JsonDifference {
  /** JSONPath-like location, e.g. "objects[2].drawn[5].ticket". */
  path: string;
  expected: unknown;
  actual: unknown;
}

/**
 * First difference between `expected` and `actual`, walking arrays by index and object
 * keys in sorted order (canonical JSON order); null when equal.
 */
export function firstDifference(expected: unknown, actual: unknown, path: string): JsonDifference | null {
  if (Object.is(expected, actual)) return null;
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const n = Math.min(expected.length, actual.length);
    for (let i = 0; i < n; i++) {
      const d = firstDifference(expected[i], actual[i], `${path}[${i}]`);
      if (d) return d;
    }
    if (expected.length !== actual.length) {
      return { path: `${path}.length`, expected: expected.length, actual: actual.length };
    }
    return null;
  }
  if (isPlainObject(expected) && isPlainObject(actual)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
    for (const key of keys) {
      if (!(key in actual)) return { path: join(path, key), expected: expected[key], actual: undefined };
      if (!(key in expected)) return { path: join(path, key), expected: undefined, actual: actual[key] };
      const d = firstDifference(expected[key], actual[key], join(path, key));
      if (d) return d;
    }
    return null;
  }
  return { path, expected, actual };
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
