/** The year asked for (`?year=2026`), else undefined (the API's current year): the caps page and its files. */
export function capsYearParam(url: URL): number | undefined {
  const asked = Number.parseInt(url.searchParams.get('year') ?? '', 10);
  return Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : undefined;
}
