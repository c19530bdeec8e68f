// The pages bench:api opens: each as the procedure and input its portal sends, and who opens it.

/** `enterprise`: an enterprise of the year's draws in its own area (a session from an activation code). */
export type Who = 'yjj.coord' | 'ldxz.zhang' | 'public' | 'enterprise';

export interface PageSpec {
  name: string;
  who: Who;
  /** The procedure's path, e.g. registry.objects.list. */
  path: string;
  input: unknown;
  /** Oversight figures have their own target (≤ 300 ms instead of ≤ 100 ms). */
  figures?: boolean;
}

/** Values a page needs from the data (an object to open, a township to filter by, …). */
export interface PageValues {
  objectId: string;
  publicationId: string;
  /** A notice of a check's results. */
  resultPublicationId: string;
  /** The enterprise of that notice: its public record (企业信用公示). */
  resultUscc: string;
  /** A task of the year, one of its checks, a hazard and a sanction of 应急管理局's. */
  taskId: string;
  checkId: string;
  hazardId: string;
  sanctionId: string;
  /** 应急管理局: the leadership's drill-down into one agency. */
  agencyId: string;
  sectorCode: string;
  townshipCode: string;
  nameFragment: string;
  usccPrefix: string;
  year: number;
  /** Where page 99 of the default order ends: page 100 read as the portal's 下一页 reads it. */
  page99End: { value: string; id: string };
}

const REGION = '350881';

export function pagesOf(v: PageValues): PageSpec[] {
  const objects = (name: string, input: Record<string, unknown>): PageSpec => ({
    name,
    who: 'yjj.coord',
    path: 'registry.objects.list',
    input: { pageSize: 50, ...input },
  });
  return [
    objects('registry: default order (name)', {}),
    objects('registry: by USCC', { sort: { field: 'uscc', direction: 'asc' } }),
    objects('registry: by sector', { sort: { field: 'sectorCode', direction: 'asc' } }),
    objects('registry: by risk class', { sort: { field: 'riskClass', direction: 'asc' } }),
    objects('registry: by township', { sort: { field: 'townshipCode', direction: 'asc' } }),
    objects('registry: last updated', { sort: { field: 'updatedAt', direction: 'desc' } }),
    objects('registry: last inspected', { sort: { field: 'lastInspectedOn', direction: 'desc' } }),
    objects('registry: filter sector', { filter: { sectorCode: v.sectorCode } }),
    objects('registry: filter township + risk A', { filter: { townshipCode: v.townshipCode, riskClasses: ['A'] } }),
    objects('registry: page 100 by number', { page: 100 }),
    objects('registry: page 100 by cursor', { page: 100, after: v.page99End }),
    objects('registry: search name fragment', { filter: { search: v.nameFragment } }),
    objects('registry: search USCC prefix', { filter: { search: v.usccPrefix } }),
    { name: 'object detail', who: 'yjj.coord', path: 'registry.objects.get', input: { id: v.objectId } },
    { name: 'inspectors', who: 'yjj.coord', path: 'registry.inspectors.list', input: { pageSize: 50 } },
    { name: 'tasks', who: 'yjj.coord', path: 'tasks.list', input: { pageSize: 50, sort: { field: 'createdAt', direction: 'desc' } } },
    { name: 'tasks: year and search', who: 'yjj.coord', path: 'tasks.list', input: { pageSize: 50, filter: { year: v.year, search: '第7' } } },
    { name: 'task detail', who: 'yjj.coord', path: 'tasks.get', input: { taskId: v.taskId } },
    { name: 'checks', who: 'yjj.coord', path: 'checks.list', input: { pageSize: 50 } },
    { name: 'checks: one status', who: 'yjj.coord', path: 'checks.list', input: { pageSize: 50, filter: { statuses: ['approved'] } } },
    { name: 'checks of a task', who: 'yjj.coord', path: 'checks.list', input: { pageSize: 200, filter: { taskId: v.taskId } } },
    { name: 'check detail', who: 'yjj.coord', path: 'checks.get', input: { checkId: v.checkId } },
    { name: 'hazards', who: 'yjj.coord', path: 'hazards.list', input: { pageSize: 50 } },
    { name: 'hazards: overdue', who: 'yjj.coord', path: 'hazards.list', input: { pageSize: 50, filter: { overdueOnly: true } } },
    { name: 'hazard detail', who: 'yjj.coord', path: 'hazards.get', input: { id: v.hazardId } },
    { name: 'sanctions', who: 'yjj.coord', path: 'sanctions.list', input: { pageSize: 50 } },
    { name: 'sanction detail', who: 'yjj.coord', path: 'sanctions.get', input: { id: v.sanctionId } },
    { name: 'to-do panels', who: 'yjj.coord', path: 'home.todo', input: undefined },
    { name: 'leadership: coverage', who: 'ldxz.zhang', path: 'oversight.coverage', input: { year: v.year }, figures: true },
    { name: 'leadership: coverage of 应急', who: 'ldxz.zhang', path: 'oversight.coverage', input: { year: v.year, agencyId: v.agencyId }, figures: true },
    { name: 'leadership: checks', who: 'ldxz.zhang', path: 'oversight.checks', input: { year: v.year }, figures: true },
    { name: 'leadership: timeliness', who: 'ldxz.zhang', path: 'oversight.timeliness', input: {}, figures: true },
    { name: 'leadership: major hazards', who: 'ldxz.zhang', path: 'oversight.majorHazards', input: {}, figures: true },
    { name: 'leadership: inspector load', who: 'ldxz.zhang', path: 'oversight.inspectorLoad', input: { year: v.year }, figures: true },
    // The 2025 rules: the cap ledger, warnings and figures over the year's checks, a task's warnings, the enterprise's own area.
    { name: 'caps: enterprise ledger', who: 'yjj.coord', path: 'inspectionCaps.ledger', input: { objectId: v.objectId, year: v.year } },
    { name: 'caps: task warnings', who: 'yjj.coord', path: 'tasks.capWarnings', input: { taskId: v.taskId } },
    { name: 'caps: warnings (region)', who: 'ldxz.zhang', path: 'inspectionCaps.warnings', input: { year: v.year, limit: 50 }, figures: true },
    { name: 'caps: figures', who: 'ldxz.zhang', path: 'inspectionCaps.figures', input: { year: v.year }, figures: true },
    { name: 'caps: breaches', who: 'ldxz.zhang', path: 'inspectionCaps.breaches', input: { year: v.year }, figures: true },
    { name: 'leadership: ratings', who: 'ldxz.zhang', path: 'ratings.aggregates', input: { year: v.year }, figures: true },
    { name: 'recusal requests', who: 'yjj.coord', path: 'recusals.list', input: {} },
    { name: 'enterprise: record', who: 'enterprise', path: 'enterprise.record', input: undefined },
    { name: 'enterprise: draws', who: 'enterprise', path: 'enterprise.draws', input: undefined },
    { name: 'enterprise: caps', who: 'enterprise', path: 'enterprise.caps', input: undefined },
    { name: 'public: publications', who: 'public', path: 'publications.list', input: { regionCode: REGION, pageSize: 20 } },
    { name: 'public: search', who: 'public', path: 'publications.list', input: { regionCode: REGION, pageSize: 20, filter: { search: '有限公司' } } },
    { name: 'public: task notice', who: 'public', path: 'publications.get', input: { regionCode: REGION, id: v.publicationId } },
    { name: 'public: result notice', who: 'public', path: 'publications.get', input: { regionCode: REGION, id: v.resultPublicationId } },
    { name: 'public: region overview', who: 'public', path: 'public.regionOverview', input: { regionCode: REGION } },
    {
      name: 'public: sanctions in publicity',
      who: 'public',
      path: 'publications.list',
      input: { regionCode: REGION, pageSize: 20, filter: { kind: 'sanction', currentOnly: true } },
    },
    { name: 'public: enterprise search name fragment', who: 'public', path: 'public.enterpriseSearch', input: { regionCode: REGION, q: v.nameFragment } },
    { name: 'public: enterprise search USCC prefix', who: 'public', path: 'public.enterpriseSearch', input: { regionCode: REGION, q: v.usccPrefix } },
    { name: 'public: enterprise record', who: 'public', path: 'public.enterpriseRecord', input: { regionCode: REGION, uscc: v.resultUscc } },
  ];
}
