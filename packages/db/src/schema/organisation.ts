import type { DefaultedTimestamp, Auto, CreatedAt, NullableTimestamp, Timestamp, TextArray } from './columns.js';

export type RegionLevel = 'province' | 'city' | 'county';
export type UnitKind = 'division' | 'center' | 'team';
export type Role = 'platform_admin' | 'agency_admin' | 'coordinator' | 'inspector' | 'agency_leader' | 'leadership_member';
export type UserStatus = 'active' | 'disabled';
export type TagDimension =
  | 'object_industry'
  | 'object_domain'
  | 'object_kind'
  | 'inspector_function'
  | 'inspector_enforcement_kind'
  | 'inspector_expertise';

export interface RegionTable {
  code: string;
  name: string;
  parentCode: string | null;
  level: RegionLevel;
  createdAt: CreatedAt;
}

export interface SectorTable {
  code: string;
  name: string;
  parentCode: string | null;
  sortOrder: Auto<number>;
}

export interface TownshipTable {
  regionCode: string;
  code: string;
  name: string;
}

export interface AgencyTable {
  id: Auto<string>;
  regionCode: string;
  code: string;
  name: string;
  shortName: string;
  kind: string;
  createdAt: CreatedAt;
}

export interface UnitTable {
  id: Auto<string>;
  regionCode: string;
  agencyId: string;
  code: string;
  name: string;
  kind: UnitKind;
  createdAt: CreatedAt;
}

export interface AppUserTable {
  id: Auto<string>;
  regionCode: string;
  agencyId: string | null;
  unitId: string | null;
  username: string;
  displayName: string;
  passwordHash: string;
  roles: TextArray;
  status: Auto<UserStatus>;
  createdAt: CreatedAt;
  updatedAt: DefaultedTimestamp;
}

export interface UserSessionTable {
  id: string;
  userId: string;
  regionCode: string;
  createdAt: CreatedAt;
  expiresAt: Timestamp;
  lastSeenAt: DefaultedTimestamp;
  revokedAt: NullableTimestamp;
  userAgent: string | null;
  ip: string | null;
}

export interface TagTable {
  id: Auto<string>;
  regionCode: string;
  dimension: TagDimension;
  code: string;
  name: string;
  archivedAt: NullableTimestamp;
}
