import type { CaseCheckRow } from '@liancha/db';

/** The row without its authorisation field (the officers are listed on their own). */
export function presentCaseCheck(row: CaseCheckRow) {
  const { officerIds: _officerIds, ...rest } = row;
  return rest;
}
