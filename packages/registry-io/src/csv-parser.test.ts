import { DomainError } from '@liancha/domain';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, estimateCsvRecords, parseCsv } from './csv-parser.js';

const all = (text: string, delimiter = ',') => [...parseCsv(text, delimiter)];

describe('parseCsv (RFC 4180)', () => {
  it('splits fields and records with CRLF, LF or CR', () => {
    expect(all('a,b\r\nc,d\ne,f\rg,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
    expect(all('a,b\r\n')).toEqual([['a', 'b']]);
    expect(all('')).toEqual([]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(all(',a,,\r\n,\r\n')).toEqual([
      ['', 'a', '', ''],
      ['', ''],
    ]);
    expect(all('a,')).toEqual([['a', '']]);
  });

  it('reads quoted fields with separators, escaped quotes and line breaks', () => {
    expect(all('"a,b","say ""hi""","line1\r\nline2\nline3",x\r\nnext,row')).toEqual([
      ['a,b', 'say "hi"', 'line1\r\nline2\nline3', 'x'],
      ['next', 'row'],
    ]);
    expect(all('""')).toEqual([['']]);
    expect(all('"",""')).toEqual([['', '']]);
  });

  it('is lenient where Excel is: stray quotes inside unquoted fields and text after a closing quote', () => {
    expect(all('5" pipe,"ab"cd,e')).toEqual([['5" pipe', 'abcd', 'e']]);
  });

  it('fails on an unclosed quote, naming the record where it starts', () => {
    let error: unknown;
    try {
      all('a,b\r\nc,"d\r\ne,f\r\n');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ reason: 'csv_unclosed_quote', message: 'CSV第2行有未闭合的双引号，请检查该行引号是否成对' });
  });

  it('uses another delimiter', () => {
    expect(all('a\tb\t"c\td"\r\n', '\t')).toEqual([['a', 'b', 'c\td']]);
  });

  it('guesses the delimiter from the first line, ignoring quoted text', () => {
    expect(detectDelimiter('a,b,c\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
    expect(detectDelimiter('a;b;"c,d,e,f"')).toBe(';');
    expect(detectDelimiter('单列')).toBe(',');
  });

  it('estimates records from line breaks', () => {
    expect(estimateCsvRecords('a\r\nb\r\n')).toBe(2);
    expect(estimateCsvRecords('a\nb')).toBe(2);
  });
});
