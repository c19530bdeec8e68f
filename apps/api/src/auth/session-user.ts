import type { Role, UserWithAgency } from '@liancha/db';

/** What the API says about the logged-in user; never the password hash. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  regionCode: string;
  regionName: string;
  agency: { id: string; name: string; shortName: string } | null;
  unitId: string | null;
}

export function toSessionUser(user: UserWithAgency): SessionUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    regionCode: user.regionCode,
    regionName: user.regionName,
    agency: user.agencyId && user.agencyName && user.agencyShortName ? { id: user.agencyId, name: user.agencyName, shortName: user.agencyShortName } : null,
    unitId: user.unitId,
  };
}
