/** One entry of an Atom feed (RFC 4287). */
export interface AtomEntry {
  /** A stable, unique IRI: the entry's page. */
  url: string;
  title: string;
  updated: Date;
  /** Plain text; the author and kind of the notice, say. */
  summary: string;
}

export interface AtomFeed {
  /** The feed's own address (rel="self"), which is also its id. */
  selfUrl: string;
  /** The page the feed follows (rel="alternate"). */
  pageUrl: string;
  title: string;
  author: string;
  entries: readonly AtomEntry[];
}

/** XML 1.0 cannot carry C0 controls other than tab, LF and CR, not even escaped (nor U+FFFE/U+FFFF). */
function validXmlChars(value: string): string {
  return [...value]
    .filter((ch) => {
      const code = ch.codePointAt(0)!;
      return (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) && code !== 0xfffe && code !== 0xffff;
    })
    .join('');
}

/** Text for an XML element or attribute: the five special characters escaped, invalid ones dropped. */
export function xmlText(value: string): string {
  return validXmlChars(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * An Atom feed of the newest notices, for feed readers: the feed is updated when its newest entry
 * is (or, empty, at the epoch, so that it does not look new on every fetch).
 */
export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), new Date(0));
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${xmlText(e.url)}</id>
    <title>${xmlText(e.title)}</title>
    <link rel="alternate" type="text/html" href="${xmlText(e.url)}"/>
    <updated>${e.updated.toISOString()}</updated>
    <summary>${xmlText(e.summary)}</summary>
  </entry>`,
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlText(feed.selfUrl)}</id>`,
    `  <title>${xmlText(feed.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.pageUrl)}"/>`,
    `  <author><name>${xmlText(feed.author)}</name></author>`,
    `  <updated>${updated.toISOString()}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
