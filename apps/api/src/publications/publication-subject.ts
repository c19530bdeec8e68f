import { subjectOf } from '@liancha/authz';
import type { PublicationKind, RegionScope } from '@liancha/db';

/** The publication an agency would create, as the CASL rules for creating one see it (谁检查、谁公开). */
export function publicationSubject(scope: RegionScope, draft: { agencyId: string; kind: PublicationKind; subjectId: string }) {
  return subjectOf('Publication', { regionCode: scope.regionCode, agencyId: draft.agencyId, kind: draft.kind, subjectId: draft.subjectId });
}
