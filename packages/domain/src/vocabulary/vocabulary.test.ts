import { describe, expect, it } from 'vitest';
import * as vocabulary from './index.js';
import { vocabulary as declareVocabulary } from './words.js';
import { choiceText, labelFor, optionsOf, OBJECT_STATUSES, OBJECT_STATUS_LABELS, PLAN_STATUS_LABELS, RISK_CLASSES, RISK_CLASS_LABELS } from './index.js';

/** Every `X_LABELS` table next to its `X…S` array: the pairs the portals and messages use. */
const PAIRS = Object.entries(vocabulary).flatMap(([name, value]) => {
  if (!name.endsWith('_LABELS') || typeof value !== 'object') return [];
  return [[name, value as Record<string, string>] as const];
});

describe('vocabulary', () => {
  it('names every code of each table in Chinese, once, with no blank name', () => {
    expect(PAIRS.length).toBeGreaterThan(20);
    for (const [name, labels] of PAIRS) {
      for (const [code, label] of Object.entries(labels)) {
        expect(label.trim(), `${name}.${code}`).not.toBe('');
        expect(label, `${name}.${code}`).toMatch(/[\u4e00-\u9fff]/);
      }
      const names = Object.values(labels);
      expect(new Set(names).size, `${name} has two codes with one name`).toBe(names.length);
    }
  });

  it('keeps each array free of repeats, and pairs each label table with the array of its codes', () => {
    const arrays = new Map(Object.entries(vocabulary).filter(([, value]) => Array.isArray(value)) as [string, readonly string[]][]);
    expect(arrays.size).toBeGreaterThan(25);
    for (const [name, codes] of arrays) expect(new Set(codes).size, name).toBe(codes.length);
    const singular = (name: string) => (/(SS|US)ES$/.test(name) ? name.slice(0, -2) : /IES$/.test(name) ? `${name.slice(0, -3)}Y` : name.slice(0, -1));
    const arrayOf = (table: string) =>
      table === 'CATEGORY_LABELS' ? 'ITEM_CATEGORIES' : [...arrays.keys()].find((name) => `${singular(name)}_LABELS` === table);
    for (const [table, labels] of PAIRS) {
      const codes = arrays.get(arrayOf(table) ?? '');
      expect(codes, `${table} has no array of codes`).toBeDefined();
      expect(Object.keys(labels).sort(), table).toEqual([...(codes ?? [])].sort());
    }
  });

  it('writes choices, labels of outside codes and options', () => {
    expect(choiceText(OBJECT_STATUSES, OBJECT_STATUS_LABELS)).toBe('在营、停产停业或关闭');
    expect(choiceText(['A'] as const, RISK_CLASS_LABELS)).toBe('A类（低风险）');
    expect(labelFor(PLAN_STATUS_LABELS, 'superseded')).toBe('已被调整后的版本取代');
    expect(labelFor(PLAN_STATUS_LABELS, 'toString')).toBe('toString');
    expect(optionsOf(RISK_CLASSES, RISK_CLASS_LABELS).map((o) => o.value)).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('vocabulary()', () => {
  it('keeps the codes in the order they are written', () => {
    expect(declareVocabulary({ z: '丙', a: '甲', m: '乙' }).codes).toEqual(['z', 'a', 'm']);
  });

  it('refuses integer-like codes, which JavaScript would move to the front of the order', () => {
    expect(() => declareVocabulary({ b: '乙', '2': '二' })).toThrow(/2/);
  });
});
