import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../canonical/canonical-json.js';
import { isDomainError } from '../errors.js';
import { announcedEntryRefusal, announcementDescription, normaliseAnnouncement, type EntropyAnnouncement } from './announcement.js';
import { checkReveal, normaliseEntropySources, type EntropySource } from './entropy.js';

const lottery: EntropyAnnouncement = { kind: 'lottery', name: '福彩3D', round: '2026330', url: null, availableAfter: '2026-12-06T13:30:00Z' };
const beacon: EntropyAnnouncement = {
  kind: 'beacon',
  name: 'drand quicknet',
  round: '24000000',
  url: 'https://api.drand.sh/public/24000000',
  availableAfter: '2026-12-06T14:00:00Z',
};
const source = (announcement?: EntropyAnnouncement): EntropySource => ({
  id: 'external',
  kind: 'external',
  label: announcement?.name ?? '福彩3D',
  description: '开奖号码',
  ...(announcement ? { announcement } : {}),
});

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isDomainError(error)) return error.message;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('announced public values (protocol §4.1.1)', () => {
  it('keeps an external source without an announcement byte for byte as before', () => {
    const [normalised] = normaliseEntropySources([source()]);
    expect(canonicalJson(normalised)).toBe('{"description":"开奖号码","id":"external","kind":"external","label":"福彩3D"}');
  });

  it('freezes the announcement with exactly its five keys', () => {
    const [normalised] = normaliseEntropySources([source(lottery)]);
    expect(canonicalJson(normalised)).toContain(
      '"announcement":{"availableAfter":"2026-12-06T13:30:00Z","kind":"lottery","name":"福彩3D","round":"2026330","url":null}',
    );
  });

  it('refuses a malformed announcement, naming what is wrong', () => {
    expect(messageOf(() => normaliseAnnouncement({ ...lottery, round: '第330期' }, '福彩3D'))).toContain('期号应为1–20位数字');
    expect(messageOf(() => normaliseAnnouncement({ ...beacon, url: null }, 'drand'))).toContain('缺少信标网址');
    expect(messageOf(() => normaliseAnnouncement({ ...lottery, availableAfter: '2026-12-06 21:30' }, '福彩3D'))).toContain('公布时间');
    expect(messageOf(() => normaliseAnnouncement({ ...lottery, availableAfter: '2026-02-30T13:30:00Z' }, '福彩3D'))).toContain('公布时间');
    expect(messageOf(() => normaliseAnnouncement({ ...lottery, extra: 1 }, '福彩3D'))).toContain('五项');
    expect(
      messageOf(() => normaliseEntropySources([{ id: 'w', kind: 'witness', label: '见证人', digits: 3, announcement: lottery } as unknown as EntropySource])),
    ).toContain('只有公开随机数来源');
  });

  it('accepts lottery numbers as published and refuses anything else', () => {
    expect(() => checkReveal(source(lottery), '5 2 9')).not.toThrow();
    expect(() => checkReveal(source(lottery), '03 09 15 21 27 33 + 12')).not.toThrow();
    expect(messageOf(() => checkReveal(source(lottery), '529'))).toContain('应为公布的开奖号码');
    expect(messageOf(() => checkReveal(source(lottery), '5  2 9'))).toContain('应为公布的开奖号码');
    // Without an announcement any clean text is taken, as before.
    expect(() => checkReveal(source(), '五 二 九')).not.toThrow();
  });

  it('accepts a beacon output as lower-case hex only', () => {
    expect(() => checkReveal(source(beacon), 'ab'.repeat(32))).not.toThrow();
    expect(messageOf(() => checkReveal(source(beacon), 'AB'.repeat(32)))).toContain('小写十六进制');
    expect(messageOf(() => checkReveal(source(beacon), 'ab'.repeat(8)))).toContain('小写十六进制');
  });

  it('refuses an entry until the stated time has passed, by the caller’s clock', () => {
    expect(announcedEntryRefusal('福彩3D', lottery, new Date('2026-12-06T13:29:59Z'))?.message).toBe(
      '“福彩3D”尚未公布：须在 2026-12-06 21:30（北京时间）后才能录入',
    );
    expect(announcedEntryRefusal('福彩3D', lottery, new Date('2026-12-06T13:30:00Z'))).not.toBeNull();
    expect(announcedEntryRefusal('福彩3D', lottery, new Date('2026-12-06T13:30:01Z'))).toBeNull();
  });

  it('describes the declaration in one Chinese sentence', () => {
    expect(announcementDescription(lottery)).toBe('福彩3D第2026330期开奖号码（2026-12-06 21:30 后公布）');
    expect(announcementDescription(beacon)).toBe('drand quicknet第24000000轮输出值（https://api.drand.sh/public/24000000，2026-12-06 22:00 后公布）');
  });
});
