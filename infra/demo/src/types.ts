import type {
  ConflictReason,
  InspectorStatus,
  ItemCategory,
  ObjectStatus,
  RegionLevel,
  RiskClass,
  Role,
  TagDimension,
  UnitKind,
} from '@liancha/db';

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

export interface DemoInspectionItem {
  agencyCode: AgencyCode;
  code: string;
  name: string;
  subItems: string[];
  legalBasis: string;
  category: ItemCategory;
  /** Basis points of the stratum to draw (1000 = 10%); null for key items, which have no cap. */
  ratioBp: number | null;
  frequency: string;
  method: string;
  requiredExpertise: string[];
  applicableSectors: string[];
}

export interface DemoObject {
  uscc: string;
  name: string;
  legalRepresentative: string;
  address: string;
  townshipCode: string;
  sectorCode: string;
  subSectorCode: string;
  riskClass: RiskClass;
  supervisionCategory: ItemCategory;
  licenceNo: string | null;
  licenceExpiry: string | null;
  status: ObjectStatus;
  tags: string[];
  lastInspectedOn: string | null;
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

export interface DemoInspector {
  agencyCode: AgencyCode;
  unitCode: string | null;
  /** The demo account that logs in as this inspector, if any. */
  username: string | null;
  name: string;
  gender: 'male' | 'female';
  certificateNo: string;
  certificateExpiry: string;
  expertise: string[];
  isExpert: boolean;
  status: InspectorStatus;
  homeTownshipCode: string | null;
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
