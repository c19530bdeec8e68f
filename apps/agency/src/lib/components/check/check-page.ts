import type { RouterOutputs } from '@liancha/api-client';
import type { refusalOf } from '@liancha/ui';

/** What the check page's sections receive: the API's answers as they are. */
export type CheckDetail = RouterOutputs['checks']['get'];
/** The steps the caller may take on the check now (checks.get `can`). */
export type CheckItem = CheckDetail['items'][number];
export type CheckResult = CheckDetail['results'][number];
export type FollowUpRow = RouterOutputs['followUps']['list']['rows'][number];
export type HazardRow = RouterOutputs['hazards']['list']['rows'][number];
export type SanctionRow = RouterOutputs['sanctions']['list']['rows'][number];
export type PublicationRow = RouterOutputs['publications']['list']['rows'][number];
/** A form action's answer, as refusalOf reads it. */
export type FormState = Parameters<typeof refusalOf>[0];
