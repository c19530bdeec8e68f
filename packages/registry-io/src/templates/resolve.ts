import type { Parsed } from '../cell-parsers.js';
import { splitList } from '../cell-parsers.js';
import type { ReferenceLookup } from '../reference-index.js';
import { allowedWords, lookupWord, type Vocabulary } from '../vocabulary.js';
import type { ReferenceEntry } from '../types.js';

/** Cell text → the code of one reference entry (by code, name or alias). */
export function resolveCode(lookup: ReferenceLookup, text: string, label: string): Parsed<string> {
  const found = lookup.find(text);
  if (found.length === 1) return { ok: true, value: found[0]!.code };
  if (found.length > 1) return ambiguous(found, text, label);
  return { ok: false, message: unknownMessage([text], label) };
}

/** Multi-value cell → codes, in the order written; every unknown value is named. */
export function resolveCodes(lookup: ReferenceLookup, text: string, label: string): Parsed<string[]> {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const part of splitList(text)) {
    const found = lookup.find(part);
    if (found.length === 1) codes.push(found[0]!.code);
    else if (found.length > 1) return ambiguous(found, part, label);
    else unknown.push(part);
  }
  if (unknown.length > 0) return { ok: false, message: unknownMessage(unknown, label) };
  return { ok: true, value: [...new Set(codes)] };
}

export function unknownMessage(values: readonly string[], label: string): string {
  return `未知的${label}${values.map((v) => `“${v}”`).join('、')}，请填写系统中已有的${label}名称或代码`;
}

function ambiguous(found: readonly ReferenceEntry[], text: string, label: string): Parsed<never> {
  const codes = found.map((entry) => entry.code).join('、');
  return { ok: false, message: `${label}“${text}”同时对应多项（${codes}），请改填代码` };
}

/** Cell text → enumerated value, with the allowed words in the message. */
export function parseWord<V extends string>(vocabulary: Vocabulary<V>, text: string, label = vocabulary.label): Parsed<V> {
  const value = lookupWord(vocabulary, text);
  if (value !== undefined) return { ok: true, value };
  return { ok: false, message: `${label}“${text}”无法识别，应填写${allowedWords(vocabulary).join('、')}之一` };
}
