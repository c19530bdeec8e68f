import { describe, expect, it } from 'vitest';
import { atomFeed, xmlText } from './atom-feed.js';

describe('atomFeed', () => {
  const feed = {
    selfUrl: 'https://gs.example/r/350881/feed.atom?kind=joint_task',
    pageUrl: 'https://gs.example/r/350881/p?kind=joint_task',
    title: '漳平市 · 抽查任务及抽取名单',
    author: '漳平市',
    entries: [
      { url: 'https://gs.example/r/350881/p/a', title: '2020年第一季度 <联合> & “双随机”', updated: new Date('2020-03-02T00:00:00Z'), summary: '应急管理局' },
      { url: 'https://gs.example/r/350881/p/b', title: '第二季度', updated: new Date('2020-06-01T00:00:00Z'), summary: 'x\u0001y' },
    ],
  };

  it('writes a feed updated at its newest entry, with escaped text and no invalid characters', () => {
    const xml = atomFeed(feed);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(xml).toContain('<updated>2020-06-01T00:00:00.000Z</updated>\n  <entry>');
    expect(xml).toContain('<title>2020年第一季度 &lt;联合&gt; &amp; “双随机”</title>');
    expect(xml).toContain('href="https://gs.example/r/350881/feed.atom?kind=joint_task"');
    expect(xml).toContain('<summary>xy</summary>');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
  });

  it('an empty feed is dated at the epoch, not now', () => {
    expect(atomFeed({ ...feed, entries: [] })).toContain('<updated>1970-01-01T00:00:00.000Z</updated>');
  });

  it('escapes attribute quotes', () => {
    expect(xmlText(`a"b'c`)).toBe('a&quot;b&apos;c');
  });
});
