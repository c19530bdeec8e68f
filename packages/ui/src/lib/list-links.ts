/** Links of a list page that keep its filters: another page, another sort (back to page 1). */
export function pageHref(url: URL, page: number): string {
  const next = new URL(url);
  next.searchParams.set('page', String(page));
  return next.pathname + next.search;
}

export function sortHref(url: URL, field: string, direction: 'asc' | 'desc'): string {
  const next = new URL(url);
  next.searchParams.set('sort', field);
  next.searchParams.set('dir', direction);
  next.searchParams.delete('page');
  return next.pathname + next.search;
}
