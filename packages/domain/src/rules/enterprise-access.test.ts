import { describe, expect, it } from 'vitest';
import {
  ACTIVATION_CODE_LENGTH,
  activationCodeFrom,
  normaliseActivationCode,
  ratingAggregateShown,
  ratingRefusal,
  recusalRequestRefusal,
} from './enterprise-access.js';

describe('activation codes', () => {
  it('are four groups of Crockford base32 from the random bytes', () => {
    const code = activationCodeFrom(Uint8Array.from({ length: ACTIVATION_CODE_LENGTH }, (_, i) => i * 7));
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(code.startsWith('07E')).toBe(true);
    expect(activationCodeFrom(new Uint8Array(16))).toBe('0000-0000-0000-0000');
  });

  it('refuse too few random bytes', () => {
    expect(() => activationCodeFrom(new Uint8Array(12))).toThrow();
  });

  it('read a typed code leniently and refuse what cannot be one', () => {
    expect(normaliseActivationCode(' abcd efgh-jkmn pqrs ')).toBe('ABCD-EFGH-JKMN-PQRS');
    expect(normaliseActivationCode('oooo-iiii-llll-0000')).toBe('0000-1111-1111-0000');
    expect(normaliseActivationCode('ABCD-EFGH-JKMN')).toBeNull();
    expect(normaliseActivationCode('ABCD-EFGH-JKMN-PQRU')).toBeNull();
  });
});

describe('回避, ratings', () => {
  it('take a recusal request only before the visit starts', () => {
    expect(recusalRequestRefusal('planned')).toBeNull();
    expect(recusalRequestRefusal('notified')).toBeNull();
    expect(recusalRequestRefusal('in_progress')?.message).toMatch(/已经开始/);
    expect(recusalRequestRefusal('cancelled')?.message).toMatch(/已取消/);
  });

  it('take a rating only after the check', () => {
    expect(ratingRefusal({ kind: 'drawn', status: 'notified' })?.message).toMatch(/完成后/);
    expect(ratingRefusal({ kind: 'drawn', status: 'recorded' })).toBeNull();
    expect(ratingRefusal({ kind: 'case', status: 'approved' })?.message).toMatch(/完成后/);
    expect(ratingRefusal({ kind: 'case', status: 'done' })).toBeNull();
  });

  it('show an aggregate only for five ratings or more', () => {
    expect(ratingAggregateShown(4)).toBe(false);
    expect(ratingAggregateShown(5)).toBe(true);
  });
});
