import type { Role } from '@liancha/db';

/** Roles of an agency's staff: they act for their agency and need actor.agencyId. */
export const AGENCY_ROLES: Role[] = ['agency_admin', 'coordinator', 'inspector', 'agency_leader'];
/** Agency staff who handle the agency's business as a whole (everyone but the inspector). */
export const OFFICE_ROLES: Role[] = ['agency_admin', 'coordinator', 'agency_leader'];
/** Region-level roles an agency admin may neither grant nor manage. */
export const PRIVILEGED_ROLES: Role[] = ['platform_admin', 'leadership_member'];
