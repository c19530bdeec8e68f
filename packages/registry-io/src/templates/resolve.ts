import type { Parsed } from '../cell-parsers.js';
import { splitList } from '../cell-parsers.js';
import type { ReferenceLookup } from '../reference-index.js';
import { allowedWords, lookupWord, type Vocabulary } from '../vocabulary.js';
import type { RowReader } from '../row-reader.js';
import type { OpenList, ReferenceEntry } from '../types.js';

/** Cell text → the code of one entry of a closed list (by code, name or alias); an unknown word lists the allowed ones. */
export function resolveCode(lookup: ReferenceLookup, text: string, label: string): Parsed<string> {
  const found = lookup.find(text);
  if (found.length === 1) return { ok: true, value: found[0]!.code };
  if (found.length > 1) return ambiguous(found, text, label);
  return { ok: false, message: unknownMessage([text], label, lookup.names()) };
}

/** One word of an open list: a known word gives its code, an unknown one becomes a proposal (null until decided). */
export function openCode(r: RowReader, field: string, lookup: ReferenceLookup, list: OpenList, label: string): string | null {
  const text = r.text(field);
  if (text === '') return null;
  const found = lookup.find(text);
  if (found.length === 1) return found[0]!.code;
  if (found.length > 1) r.fail(field, ambiguous(found, text, label).message, text);
  else r.propose(field, list, text);
  return null;
}

/** Several words of an open list: the known ones' codes; each unknown one becomes a proposal. */
export function openCodes(r: RowReader, field: string, lookup: ReferenceLookup, list: OpenList, label: string): string[] {
  const text = r.text(field);
  const codes: string[] = [];
  for (const part of text === '' ? [] : splitList(text)) {
    const found = lookup.find(part);
    if (found.length === 1) codes.push(found[0]!.code);
    else if (found.length > 1) {
      r.fail(field, ambiguous(found, part, label).message, text);
      return [];
    } else r.propose(field, list, part);
  }
  return [...new Set(codes)];
}

/** Multi-value cell → codes of a closed list, in the order written; every unknown value is named. */
export function resolveCodes(lookup: ReferenceLookup, text: string, label: string): Parsed<string[]> {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const part of splitList(text)) {
    const found = lookup.find(part);
    if (found.length === 1) codes.push(found[0]!.code);
    else if (found.length > 1) return ambiguous(found, part, label);
    else unknown.push(part);
  }
  if (unknown.length > 0) return { ok: false, message: unknownMessage(unknown, label, lookup.names()) };
  return { ok: true, value: [...new Set(codes)] };
}

/** Names the unknown words and, for a closed list, the words it allows. */
export function unknownMessage(values: readonly string[], label: string, allowed: readonly string[] = []): string {
  const unknown = `未知的${label}${values.map((v) => `“${v}”`).join('、')}`;
  if (allowed.length === 0) return `${unknown}，请填写系统中已有的${label}名称或代码`;
  return `${unknown}，应填写以下之一：${allowed.join('、')}`;
}

function ambiguous(found: readonly ReferenceEntry[], text: string, label: string): { ok: false; message: string } {
  const codes = found.map((entry) => entry.code).join('、');
  return { ok: false, message: `${label}“${text}”同时对应多项（${codes}），请改填代码` };
}

/** Cell text → enumerated value, with the allowed words in the message. */
export function parseWord<V extends string>(vocabulary: Vocabulary<V>, text: string, label = vocabulary.label): Parsed<V> {
  const value = lookupWord(vocabulary, text);
  if (value !== undefined) return { ok: true, value };
  return { ok: false, message: `${label}“${text}”无法识别，应填写${allowedWords(vocabulary).join('、')}之一` };
}
