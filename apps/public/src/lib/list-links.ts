/** Another page of a filtered list, keeping its filters (no client JavaScript needed). */
export function pageHref(url: URL, page: number): string {
  const next = new URL(url);
  next.searchParams.set('page', String(page));
  return next.pathname + next.search;
}
