import { DomainError, type DomainIssue } from '../errors.js';
import { MIN_OFFICERS_PER_TEAM } from './team-officers.js';

/**
 * 个案检查 rules (国办发〔2024〕54号; 行政处罚法 第42条): only certified officers inspect — at least
 * MIN_OFFICERS_PER_TEAM of them, on duty, of the inspecting agency, experts and auxiliary staff not
 * counting, each 执法证 valid through the last day of the check — and the head approves before the
 * check, save an emergency, approved afterwards.
 */

/** An officer proposed for a check, as the registry holds them. */
export interface CaseOfficer {
  name: string;
  agencyId: string;
  isExpert: boolean;
  status: string;
  /** 'YYYY-MM-DD' */
  certificateExpiry: string;
}

/** Why these officers may not carry out the agency's check ending on `lastDay`; empty: they may. */
export function caseOfficerIssues(officers: readonly CaseOfficer[], agencyId: string, lastDay: string): DomainIssue[] {
  const issues: DomainIssue[] = [];
  const problemOf = (officer: CaseOfficer): string | null => {
    if (officer.agencyId !== agencyId) return `${officer.name}不是本部门的执法人员`;
    if (officer.isExpert) return `${officer.name}是专家，不能作为执法人员实施检查`;
    if (officer.status !== 'on_duty') return `${officer.name}当前不在岗`;
    if (officer.certificateExpiry < lastDay) return `${officer.name}的执法证 ${officer.certificateExpiry} 到期，早于检查结束日期 ${lastDay}`;
    return null;
  };
  let certified = 0;
  officers.forEach((officer, index) => {
    const problem = problemOf(officer);
    if (problem === null) certified++;
    else issues.push({ field: `officerIds.${index}`, message: problem });
  });
  if (certified < MIN_OFFICERS_PER_TEAM) {
    issues.push({ field: 'officerIds', message: `每次检查至少需要${MIN_OFFICERS_PER_TEAM}名持有效执法证的执法人员，当前符合条件的为${certified}名` });
  }
  return issues;
}

/**
 * The check's window: its first day not after its last; before approval it may not have begun
 * (prior approval), while an emergency check, approved afterwards, has already ended.
 */
export function caseWindowRefusal(window: { from: string; to: string }, today: string, emergency: boolean): DomainError | null {
  const refuse = (field: string, message: string) => new DomainError('bad_request', message, { reason: 'case_check_dates', issues: [{ field, message }] });
  if (window.to < window.from) return refuse('windowTo', `检查结束日期 ${window.to} 不能早于开始日期 ${window.from}`);
  if (!emergency && window.from < today)
    return refuse('windowFrom', `检查须事先审批：开始日期 ${window.from} 不能早于今天 ${today}（紧急情况请按事后补办审批登记）`);
  if (emergency && window.to > today) return refuse('windowTo', `事后补办审批的紧急检查须已实施完毕：结束日期 ${window.to} 不能晚于今天 ${today}`);
  return null;
}

/** The day a check was done lies within its approved window. */
export function caseEndedOnRefusal(endedOn: string, window: { from: string; to: string }, today: string): DomainError | null {
  const refuse = (message: string) => new DomainError('bad_request', message, { reason: 'case_check_dates', issues: [{ field: 'endedOn', message }] });
  if (endedOn > today) return refuse(`完成日期 ${endedOn} 不能晚于今天 ${today}`);
  if (endedOn < window.from || endedOn > window.to) return refuse(`完成日期须在批准的检查期间 ${window.from} 至 ${window.to} 之内`);
  return null;
}
