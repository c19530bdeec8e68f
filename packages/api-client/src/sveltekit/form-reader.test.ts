import { describe, expect, it } from 'vitest';
import { FormReader } from './form-reader.js';

const form = (entries: [string, string | File][]) => {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return new FormReader(data);
};

describe('FormReader', () => {
  it('reads trimmed text, Chinese-typed numbers and percentages, lists and lines', () => {
    const f = form([['name', '  漳平市应急管理局 '], ['count', '1，200'], ['ratio', '2.5%'], ['tags', 'a'], ['tags', ' '], ['tags', 'b'], ['materials', '许可证；台账\n\n预案'], ['empty', '']]);
    expect(f.text('name')).toBe('漳平市应急管理局');
    expect(f.int('count')).toBe(1200);
    expect(f.percentBp('ratio')).toBe(250);
    expect(f.list('tags')).toEqual(['a', 'b']);
    expect(f.lines('materials')).toEqual(['许可证', '台账', '预案']);
    expect(f.optional('empty')).toBeNull();
    expect(f.int('empty')).toBeNull();
  });

  it('gives back what was typed, never passwords, secrets or files', () => {
    const f = form([['username', 'yjj.coord'], ['password', 'liancha-demo'], ['newPassword', 'x'], ['secret', 'f'.repeat(64)], ['file', new File(['a'], 'a.csv')], ['ids', '1'], ['ids', '2']]);
    expect(f.values()).toEqual({ username: 'yjj.coord', ids: ['1', '2'] });
    expect(f.file('file')?.name).toBe('a.csv');
  });
});
