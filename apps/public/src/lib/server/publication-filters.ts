import { isOneOf, PUBLICATION_KINDS, type PublicationKind } from '@liancha/domain/vocabulary';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What the filter form shows again: the values as typed (valid or not). */
export interface FilterValues {
  kind: string;
  agency: string;
  q: string;
  from: string;
  to: string;
  all: boolean;
}

export interface PublicationQuery {
  page: number;
  values: FilterValues;
  filter: { kind?: PublicationKind; agencyId?: string; search?: string; publishedFrom?: string; publishedTo?: string; currentOnly?: boolean };
  /** Parts of the URL that were ignored, in Chinese (a hand-edited link, a swapped date range). */
  notes: string[];
}

function validDate(value: string): boolean {
  return DATE.test(value) && !Number.isNaN(Date.parse(value));
}

/**
 * The list's filters live in the URL (?kind=&agency=&q=&from=&to=&all=1&page=) so that a GET
 * form works without JavaScript and a filtered list can be bookmarked. By default a corrected
 * record is hidden behind its correction; `all=1` shows every version.
 */
export function publicationQuery(url: URL): PublicationQuery {
  const get = (name: string) => url.searchParams.get(name)?.trim() ?? '';
  const values: FilterValues = { kind: get('kind'), agency: get('agency'), q: get('q'), from: get('from'), to: get('to'), all: get('all') === '1' };
  const notes: string[] = [];
  const filter: PublicationQuery['filter'] = {};
  if (values.kind) {
    if (isOneOf(PUBLICATION_KINDS, values.kind)) filter.kind = values.kind;
    else notes.push('公示类别不正确，已忽略');
  }
  if (values.agency) {
    if (UUID.test(values.agency)) filter.agencyId = values.agency;
    else notes.push('部门不正确，已忽略');
  }
  if (values.q) filter.search = values.q.slice(0, 100);
  for (const [key, name, label] of [
    ['from', 'publishedFrom', '起始日期'],
    ['to', 'publishedTo', '截止日期'],
  ] as const) {
    if (!values[key]) continue;
    if (validDate(values[key])) filter[name] = values[key];
    else notes.push(`${label}应为“年-月-日”格式，已忽略`);
  }
  if (filter.publishedFrom && filter.publishedTo && filter.publishedFrom > filter.publishedTo) {
    notes.push('起始日期晚于截止日期，已对调');
    [filter.publishedFrom, filter.publishedTo] = [filter.publishedTo, filter.publishedFrom];
  }
  if (!values.all) filter.currentOnly = true;
  const page = Math.max(1, Number.parseInt(get('page') || '1', 10) || 1);
  return { page, values, filter, notes };
}
