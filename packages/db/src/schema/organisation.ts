import type { ColumnType } from 'kysely';
import type { RegionLevel, RoleName, TagDimension, UnitKind, UserStatus } from '@liancha/domain';
import type { DefaultedTimestamp, Auto, CreatedAt, NullableTimestamp, Timestamp, TextArray } from './columns.js';

export type { RegionLevel, TagDimension, UnitKind, UserStatus };
export type Role = RoleName;

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
  /** A sub-sector one region created for its own files; null for the national list. */
  regionCode: Auto<string | null>;
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
  /** 统一社会信用代码 of the agency (处罚机关), null until entered (migration 2026-12-16-31). */
  uscc: string | null;
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
  /** Where notifications are e-mailed when the platform has an SMTP server (none: in-app only). */
  email: ColumnType<string | null, string | null | undefined, string | null>;
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

/** User names are unique across the platform: a login names no region. Written beside the user. */
export interface LoginNameTable {
  username: string;
  regionCode: string;
  userId: string;
}
