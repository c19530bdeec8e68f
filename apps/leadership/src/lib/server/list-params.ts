/** List pages keep their state in the URL (?agency=…&page=2), so they work without client JavaScript. */
export function pageParam(url: URL): number {
  return Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1);
}

export function param(url: URL, name: string): string | undefined {
  const value = url.searchParams.get(name)?.trim();
  return value ? value : undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from the URL, or nothing when it is not one (the API would refuse it with a bad request). */
export function idParam(url: URL, name: string): string | undefined {
  const value = param(url, name);
  return value && UUID.test(value) ? value : undefined;
}
