/**
 * Text that must never reach the database: NUL (PostgreSQL's text and jsonb cannot hold it, so it
 * used to end in a 500) and lone UTF-16 surrogates (not Unicode: silently mangled in text columns,
 * refused inside jsonb). Found anywhere in a call's input — values and keys, at any depth.
 */
export interface InputProblem {
  /** Dotted path of the offending value, e.g. `filter.search` or `rows.3.name`; '' for the input itself. */
  field: string;
  reason: 'input.nul_character' | 'input.lone_surrogate' | 'input.too_deep';
  message: string;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const INVISIBLE = new RegExp(`[\\u0000-\\u001f\\u007f]|${LONE_SURROGATE.source}`, 'g');
/** Far beyond any real input; the HTTP transformer already stops at MAX_INPUT_DEPTH. */
const MAX_DEPTH = 64;

export function inputProblem(input: unknown): InputProblem | null {
  // Objects already walked are not walked again: shared subtrees (superjson referential
  // equalities) cost once, and a cycle ends the walk instead of looping.
  const seen = new Set<object>();
  const walk = (value: unknown, path: string[]): InputProblem | null => {
    if (typeof value === 'string') return textProblem(value, path);
    if (value === null || typeof value !== 'object' || seen.has(value)) return null;
    if (path.length >= MAX_DEPTH) return { field: fieldName(path), reason: 'input.too_deep', message: `输入嵌套层级过深（字段“${fieldName(path)}”）` };
    seen.add(value);
    const entries: [string, unknown][] =
      value instanceof Map
        ? [...value].map(([k, v]) => [String(k), v])
        : value instanceof Set
          ? [...value].map((v, i) => [String(i), v])
          : Object.entries(value);
    for (const [key, child] of entries) {
      const atKey = [...path, key];
      const problem = textProblem(key, atKey) ?? walk(child, atKey);
      if (problem) return problem;
    }
    return null;
  };
  return walk(input, []);
}

function textProblem(text: string, path: string[]): InputProblem | null {
  const field = fieldName(path);
  const where = field === '' ? '输入内容' : `字段“${field}”`;
  if (text.includes('\u0000')) return { field, reason: 'input.nul_character', message: `${where}含有空字符（\\u0000），请删除后重试` };
  if (LONE_SURROGATE.test(text)) return { field, reason: 'input.lone_surrogate', message: `${where}含有无效的 Unicode 字符（不成对的代理项），请检查后重试` };
  return null;
}

/** The path as shown to people: control characters and stray surrogates in keys made visible. */
function fieldName(path: string[]): string {
  return path
    .join('.')
    .replace(INVISIBLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .slice(0, 200);
}
