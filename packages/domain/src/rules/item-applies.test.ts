import { describe, expect, it } from 'vitest';
import { applicableItems, itemAppliesTo } from './item-applies.js';

describe('items that apply to an object', () => {
  it('an item without sectors applies to every object; one with sectors only to those sectors', () => {
    expect(itemAppliesTo([], 'building_materials', null)).toBe(true);
    expect(itemAppliesTo(['non_coal_mine'], 'industry_trade', 'industry_trade.building_materials')).toBe(false);
    expect(itemAppliesTo(['non_coal_mine', 'industry_trade'], 'industry_trade', 'industry_trade.building_materials')).toBe(true);
  });

  it('a sub-sector code applies to that sub-sector only, a sector code to all its sub-sectors', () => {
    const station = ['hazardous_chemicals.gas_station'];
    expect(itemAppliesTo(station, 'hazardous_chemicals', 'hazardous_chemicals.gas_station')).toBe(true);
    expect(itemAppliesTo(station, 'hazardous_chemicals', 'hazardous_chemicals.trading')).toBe(false);
    expect(itemAppliesTo(station, 'hazardous_chemicals', null)).toBe(false);
    expect(itemAppliesTo(['hazardous_chemicals'], 'hazardous_chemicals', 'hazardous_chemicals.trading')).toBe(true);
  });

  it('keeps the applicable items in their order', () => {
    const items = [
      { code: 'A', applicableSectors: [] },
      { code: 'B', applicableSectors: ['fireworks'] },
      { code: 'C', applicableSectors: ['industry_trade'] },
    ];
    expect(applicableItems(items, 'industry_trade', null).map((i) => i.code)).toEqual(['A', 'C']);
    expect(applicableItems(items, 'fireworks', null).map((i) => i.code)).toEqual(['A', 'B']);
  });
});
