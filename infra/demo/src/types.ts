import type {
  ConflictReason,
  Gender,
  InspectorFieldsBase,
  ItemFields,
  ObjectFields,
  RegionLevel,
  RoleName as Role,
  TagDimension,
  UnitKind,
} from '@liancha/domain';

/**
 * The demo region as plain data. Nothing here carries a database id: rows link
 * through natural keys (agency code, unit code, USCC, certificate no., username),
 * which the loader resolves to ids as it inserts.
 */
export interface DemoRegion {
  seed: string;
  regionCode: string;
  regions: DemoRegionRow[];
  sectors: DemoSector[];
  townships: DemoTownship[];
  agencies: DemoAgency[];
  units: DemoUnit[];
  tags: DemoTag[];
  inspectionItems: DemoInspectionItem[];
  objects: DemoObject[];
  supervisions: DemoSupervision[];
  users: DemoUser[];
  inspectors: DemoInspector[];
  conflicts: DemoConflict[];
}

export interface DemoRegionRow {
  code: string;
  name: string;
  parentCode: string | null;
  level: RegionLevel;
}

export interface DemoSector {
  code: string;
  name: string;
  parentCode: string | null;
  sortOrder: number;
}

export interface DemoTownship {
  code: string;
  name: string;
}

export type AgencyCode = 'yjj' | 'scj' | 'xf' | 'sthj';

export interface DemoAgency {
  code: AgencyCode;
  name: string;
  shortName: string;
  kind: 'emergency' | 'market' | 'fire' | 'environment';
  /** 统一社会信用代码 (a 机关's: 登记管理部门 1, 机构类别 1); synthetic but valid. */
  uscc: string;
}

export interface DemoUnit {
  agencyCode: AgencyCode;
  code: string;
  name: string;
  kind: UnitKind;
}

export interface DemoTag {
  dimension: TagDimension;
  code: string;
  name: string;
}

/** An inspection item of one of the demo agencies: the domain's item fields. */
export interface DemoInspectionItem extends ItemFields {
  agencyCode: AgencyCode;
}

/** A demo object: the domain's object fields, every one with a sub-sector. */
export interface DemoObject extends ObjectFields {
  subSectorCode: string;
}

export interface DemoSupervision {
  uscc: string;
  agencyCode: AgencyCode;
}

export interface DemoUser {
  username: string;
  displayName: string;
  roles: Role[];
  agencyCode: AgencyCode | null;
  unitCode: string | null;
}

/** A demo inspector: the domain's inspector fields, with a gender and a phone each. */
export interface DemoInspector extends InspectorFieldsBase {
  agencyCode: AgencyCode;
  unitCode: string | null;
  /** The demo account that logs in as this inspector, if any. */
  username: string | null;
  gender: Gender;
  phone: string;
}

export interface DemoConflict {
  certificateNo: string;
  uscc: string;
  reasonCode: ConflictReason;
  note: string;
  validFrom: string;
  validUntil: string | null;
}
