/** Links of a list page that keep its filters: another page, another sort (back to page 1). */
export function pageHref(url: URL, page: number): string {
  const next = new URL(url);
  next.searchParams.set('page', String(page));
  next.searchParams.delete('after');
  return next.pathname + next.search;
}

/** Where a page ended (its last row's sort value and id), as a sorted listing returns it. */
export interface ListCursor {
  value: string | number | boolean | null;
  id: string;
}

/** The next page read by seeking past `cursor` (keyset): as fast on page 5,000 as on page 2. */
export function cursorHref(url: URL, page: number, cursor: ListCursor): string {
  const next = new URL(url);
  next.searchParams.set('page', String(page));
  next.searchParams.set('after', JSON.stringify(cursor));
  return next.pathname + next.search;
}

/** The cursor a list URL carries (`after`), or nothing when absent or malformed. */
export function cursorParam(url: URL): ListCursor | undefined {
  const text = url.searchParams.get('after');
  if (!text || text.length > 1000) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { value, id } = parsed as Record<string, unknown>;
    const scalar = value === null || ['string', 'number', 'boolean'].includes(typeof value);
    return scalar && typeof id === 'string' ? { value: value as ListCursor['value'], id } : undefined;
  } catch {
    return undefined;
  }
}

export function sortHref(url: URL, field: string, direction: 'asc' | 'desc'): string {
  const next = new URL(url);
  next.searchParams.set('sort', field);
  next.searchParams.set('dir', direction);
  next.searchParams.delete('page');
  next.searchParams.delete('after');
  return next.pathname + next.search;
}
