import { accessibleBy, notFound, type AppAbility, type SubjectType } from '@liancha/authz';

/** What a load-by-id returns when the row is absent or out of reach: the same NOT_FOUND. */
export function found<T>(row: T | undefined, type: SubjectType): T {
  if (row === undefined) throw notFound(type);
  return row;
}

export const canRead = (ability: AppAbility, type: SubjectType) => accessibleBy(ability, 'read', type);
