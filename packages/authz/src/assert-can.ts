import { subject as casl, type ForcedSubject } from '@casl/ability';
import { DomainError } from '@liancha/domain';
import type { AppAbility } from './ability.js';
import { actionLabels, type Action } from './actions.js';
import { subjectLabels, type SubjectType } from './subjects.js';

/**
 * In-memory checks for mutations. The API convention (docs/architecture.md, CONTRIBUTING.md "Add a procedure"):
 * 1. load the row through `accessibleBy(ability, 'read', type)`; missing → `notFound(type)`;
 * 2. then check the change here; refused → DomainError('forbidden').
 * So FORBIDDEN is only ever said about a row the caller can already see.
 * Rows must carry every field the rules name, virtual fields included
 * (selectVirtualFields), with null rather than undefined for empty columns.
 */

/** A copy of `row` tagged with its subject type (CASL's `subject()` tags the object it is given). */
export function subjectOf<S extends SubjectType, R extends object>(type: S, row: R): R & ForcedSubject<S> {
  return casl(type, { ...row });
}

/** A row tagged by `subject(type, row)` or `subjectOf(type, row)`. */
export type SubjectRow = ForcedSubject<SubjectType>;

export function assertCan(ability: AppAbility, action: Action, target: SubjectRow, field?: string): void {
  if (ability.can(action, target, field)) return;
  const type = ability.detectSubjectType(target) as SubjectType;
  if (field === undefined) {
    throw new DomainError('forbidden', `无权${actionLabels[action]}该${subjectLabels[type]}`, { reason: 'authz.forbidden' });
  }
  throw new DomainError('forbidden', `无权${actionLabels[action]}该${subjectLabels[type]}的此项内容`, {
    reason: 'authz.forbidden_field',
    issues: [{ field, message: '无权修改此字段' }],
  });
}

/**
 * An update is allowed when the caller may update the row as it is, may change each
 * field of the patch, and may still update the row as it will be — so no one moves a
 * row out of their own reach (into another agency, or to a privileged role).
 */
export function assertCanUpdate<S extends SubjectType>(ability: AppAbility, type: S, before: object, patch: Record<string, unknown>): void {
  const current = subjectOf(type, before);
  assertCan(ability, 'update', current);
  for (const field of Object.keys(patch)) assertCan(ability, 'update', current, field);
  assertCan(ability, 'update', subjectOf(type, { ...before, ...patch }));
}

/** The subset of `candidates` the caller may change with `action` on this row (for forms: which inputs to enable). */
export function permittedFields(ability: AppAbility, action: Action, target: SubjectRow, candidates: readonly string[]): string[] {
  return candidates.filter((field) => ability.can(action, target, field));
}

/** The one answer for a row that does not exist or lies outside the caller's reach. */
export function notFound(type: SubjectType): DomainError {
  return new DomainError('not_found', `${subjectLabels[type]}不存在`, { reason: 'authz.not_found' });
}
