import { withStallGuard } from './stall-guard.js';

/**
 * Two faults of exceljs 4.4.0's streaming WorkbookReader, fixed on one reader instance by
 * wrapping its per-part methods (the version is pinned exactly; tests guard both fixes):
 *
 * 1. It decodes every chunk of XML on its own (lib/utils/parse-sax.js calls
 *    TextDecoder#decode without {stream: true}), so a Chinese character split between two
 *    chunks turns into “��”: about one cell in a few thousand of a Chinese sheet. Reported
 *    upstream as exceljs issues #2063 and #2316 (PR #1665 still open). parse-sax passes
 *    strings through untouched, so we hand it text from a streaming decoder.
 * 2. On some damaged input it waits forever for data that never comes. The worksheet's
 *    chunk stream gets a stall timeout, so a bad upload fails instead of hanging a request.
 */

interface Utf8Entry {
  setEncoding?: (encoding: BufferEncoding) => unknown;
}

type EntryParser = (entry: Utf8Entry, ...rest: unknown[]) => unknown;
type IteratorParser = (iterator: AsyncIterable<unknown>, ...rest: unknown[]) => unknown;

/** Entry-taking parts: a readable stream set to utf-8 emits whole characters only. */
const ENTRY_PARSERS = ['_parseRels', '_parseWorkbook', '_parseSharedStrings', '_parseStyles', '_parseHyperlinks'] as const;

export interface ReaderFixOptions {
  stallMs: number;
  onStall: () => Error;
}

export function fixWorkbookReader(reader: object, options: ReaderFixOptions): void {
  const target = reader as Record<string, unknown>;
  for (const name of ENTRY_PARSERS) {
    const original = method(target, name);
    target[name] = function (this: unknown, entry: Utf8Entry, ...rest: unknown[]) {
      entry.setEncoding?.('utf8');
      return (original as EntryParser).call(this, entry, ...rest);
    };
  }
  // Worksheets arrive as an async iterable of chunks (of the zip entry, or of a temporary file).
  const parseWorksheet = method(target, '_parseWorksheet');
  target._parseWorksheet = function (this: unknown, iterator: AsyncIterable<unknown>, ...rest: unknown[]) {
    const guarded = withStallGuard(iterator, options.stallMs, options.onStall);
    return (parseWorksheet as IteratorParser).call(this, decodeChunks(guarded), ...rest);
  };
}

function method(target: Record<string, unknown>, name: string): unknown {
  const original = target[name];
  if (typeof original !== 'function') throw new Error(`exceljs WorkbookReader has no ${name}: revisit exceljs-reader-fixes.ts`);
  return original;
}

async function* decodeChunks(chunks: AsyncIterable<unknown>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
    if (text !== '') yield text;
  }
  const tail = decoder.decode();
  if (tail !== '') yield tail;
}
