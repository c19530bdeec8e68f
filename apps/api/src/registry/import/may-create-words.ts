import { subjectOf, type AppAbility } from '@liancha/authz';
import type { OpenList } from '@liancha/domain';
import { NEW_OBJECT_TAG_DIMENSION } from './decide-words.js';

/** For each open list, whether the caller may create a new entry from an import, as decideWords will check. */
export function mayCreateWords(ability: AppAbility, regionCode: string, agencyId: string): Record<OpenList, boolean> {
  return {
    subSector: ability.can('create', subjectOf('Sector', { code: '', regionCode, parentCode: null })),
    objectTag: ability.can('create', subjectOf('Tag', { id: '', regionCode, dimension: NEW_OBJECT_TAG_DIMENSION, archivedAt: null })),
    expertise: ability.can('create', subjectOf('Tag', { id: '', regionCode, dimension: 'inspector_expertise', archivedAt: null })),
    unit: ability.can('create', subjectOf('Unit', { id: '', regionCode, agencyId })),
  };
}
