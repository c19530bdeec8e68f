import { DomainError } from '@liancha/domain';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * The field separator, guessed from the first line outside quotes: comma unless the line
 * has more tabs or semicolons (Excel's “文本文件（制表符分隔）” and some European locales).
 */
export function detectDelimiter(text: string): ',' | '\t' | ';' {
  const counts = { ',': 0, '\t': 0, ';': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === '\t' || ch === ';')) counts[ch]++;
  }
  if (counts['\t'] > counts[','] && counts['\t'] >= counts[';']) return '\t';
  if (counts[';'] > counts[',']) return ';';
  return ',';
}

/**
 * RFC 4180 records: quoted fields with "" escapes and embedded line breaks, CRLF or LF
 * (or lone CR) record ends. Lenient where Excel is: a quote inside an unquoted field is a
 * literal, text after a closing quote is kept. An unclosed quote is a whole-file fault,
 * since it would silently swallow every following row.
 * Yields one array of fields per record; the n-th record is spreadsheet row n.
 */
export function* parseCsv(text: string, delimiter: string = ','): Generator<string[]> {
  const n = text.length;
  const sep = delimiter.charCodeAt(0);
  let i = 0;
  let record = 1;
  let fields: string[] = [];
  if (n === 0) return;
  for (;;) {
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      let from = i + 1;
      field = '';
      for (;;) {
        const q = text.indexOf('"', from);
        if (q === -1) {
          throw new DomainError('bad_request', `CSV第${record}行有未闭合的双引号，请检查该行引号是否成对`, {
            reason: 'csv_unclosed_quote',
            issues: [{ row: record, message: '未闭合的双引号' }],
          });
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          field += text.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        field += text.slice(from, q);
        i = q + 1;
        break;
      }
      const rest = scanUnquoted(text, i, sep);
      if (rest > i) field += text.slice(i, rest);
      i = rest;
    } else {
      const end = scanUnquoted(text, i, sep);
      field = text.slice(i, end);
      i = end;
    }
    fields.push(field);
    if (i >= n) {
      yield fields;
      return;
    }
    const c = text.charCodeAt(i);
    if (c === sep) {
      i++;
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    yield fields;
    fields = [];
    record++;
    if (i >= n) return;
  }
}

function scanUnquoted(text: string, from: number, sep: number): number {
  let j = from;
  const n = text.length;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === sep || c === LF || c === CR) break;
    j++;
  }
  return j;
}

/** Upper bound on records, for progress before parsing: line breaks, plus one. */
export function estimateCsvRecords(text: string): number {
  let count = 0;
  let at = text.indexOf('\n');
  while (at !== -1) {
    count++;
    at = text.indexOf('\n', at + 1);
  }
  return text.endsWith('\n') ? count : count + 1;
}
