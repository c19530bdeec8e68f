import {
  CAMPAIGN_STATUSES,
  CASE_CHECK_STATUSES,
  CHECK_STATUSES,
  FOLLOW_UP_STATUSES,
  HAZARD_SEVERITIES,
  HAZARD_STATUSES,
  SANCTION_STATUSES,
  TASK_STATUSES,
} from '@liancha/domain/vocabulary';
import { codeParam, flagParam, listParams, newestFirst, param, statusOverdueParams } from './list-params';

/**
 * The API request of each outcome list from the page's address: one function per list, used by the
 * page and by its export, so a download holds exactly what the page shows.
 */
const CHECK_SORT = ['scheduledOn', 'createdAt', 'updatedAt', 'status'] as const;
const TASK_SORT = ['createdAt', 'code', 'inspectionStartsOn', 'status'] as const;
const HAZARD_SORT = ['foundOn', 'createdAt', 'updatedAt', 'rectificationDeadline', 'listingDeadline', 'status'] as const;

export function hazardsQuery(url: URL) {
  const list = listParams(url, HAZARD_SORT, 'foundOn');
  if (!url.searchParams.get('sort')) list.sort.direction = 'desc';
  const severity = codeParam(url, 'severity', HAZARD_SEVERITIES);
  const status = codeParam(url, 'status', HAZARD_STATUSES);
  const overdue = flagParam(url, 'overdue');
  return {
    request: { ...list, filter: { search: param(url, 'q'), severity, statuses: status ? [status] : undefined, overdueOnly: overdue || undefined } },
    sort: list.sort,
    query: { q: param(url, 'q') ?? '', severity: severity ?? '', status: status ?? '', overdue },
  };
}

export function sanctionsQuery(url: URL) {
  const status = codeParam(url, 'status', SANCTION_STATUSES);
  return {
    request: { ...newestFirst(url, 'decidedOn'), filter: { search: param(url, 'q'), statuses: status ? [status] : undefined } },
    query: { q: param(url, 'q') ?? '', status: status ?? '' },
  };
}

export function caseChecksQuery(url: URL) {
  const status = codeParam(url, 'status', CASE_CHECK_STATUSES);
  return {
    request: { ...newestFirst(url, 'requestedAt'), filter: { search: param(url, 'q'), statuses: status ? [status] : undefined } },
    query: { q: param(url, 'q') ?? '', status: status ?? '' },
  };
}

/** 专项检查: newest first, by state and name. */
export function campaignsQuery(url: URL) {
  const status = codeParam(url, 'status', CAMPAIGN_STATUSES);
  return {
    request: { ...newestFirst(url, 'createdAt'), filter: { search: param(url, 'q'), statuses: status ? [status] : undefined } },
    query: { q: param(url, 'q') ?? '', status: status ?? '' },
  };
}

export function followUpsQuery(url: URL) {
  const { status, overdue, query } = statusOverdueParams(url, FOLLOW_UP_STATUSES);
  return { request: { ...newestFirst(url, 'createdAt'), filter: { status, overdueOnly: overdue || undefined } }, query };
}

/** The checks list: by status and task; an inspector sees the checks of his teams, the office may narrow to its own. */
export function checksQuery(url: URL, can: { inspector: boolean; office: boolean; leader: boolean }) {
  const list = listParams(url, CHECK_SORT, 'scheduledOn');
  const mine = can.inspector && !can.office && !can.leader ? true : flagParam(url, 'mine');
  const status = codeParam(url, 'status', CHECK_STATUSES);
  const taskId = param(url, 'task');
  return {
    request: { ...list, filter: { mine, taskId, statuses: status ? [status] : undefined } },
    sort: list.sort,
    query: { mine, status: status ?? '', task: taskId ?? '' },
  };
}

/** The tasks list: newest first unless sorted, by status, year and text. */
export function tasksQuery(url: URL) {
  const list = listParams(url, TASK_SORT, 'createdAt');
  if (!url.searchParams.get('sort')) list.sort.direction = 'desc';
  const status = codeParam(url, 'status', TASK_STATUSES);
  // A year the API would refuse (not 2000–2100) filters nothing instead.
  const typed = Number(param(url, 'year'));
  const year = Number.isInteger(typed) && typed >= 2000 && typed <= 2100 ? typed : undefined;
  return {
    request: { ...list, filter: { status, year, search: param(url, 'q') } },
    sort: list.sort,
    query: { q: param(url, 'q') ?? '', status: status ?? '', year: year ? String(year) : '' },
  };
}
