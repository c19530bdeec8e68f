import type { ConflictReason, Gender, InspectorStatus, ItemCategory, ObjectStatus, RiskClass } from '@liancha/domain';
import type { GeneratedAlways } from 'kysely';
import type { DefaultedTimestamp, Auto, CreatedAt, DateString, Json, NullableTimestamp, TextArray } from './columns.js';

// The vocabulary is declared once, in @liancha/domain; the CHECK constraints list the same codes.
export type { ConflictReason, Gender, InspectorStatus, ItemCategory, ObjectStatus, RiskClass };

export interface InspectionItemTable {
  id: Auto<string>;
  regionCode: string;
  agencyId: string;
  code: string;
  name: string;
  subItems: Json<string[]>;
  legalBasis: string;
  category: ItemCategory;
  ratioBp: number | null;
  frequency: Auto<string>;
  method: Auto<string>;
  requiredExpertise: TextArray;
  applicableSectors: TextArray;
  publishedAt: NullableTimestamp;
  archivedAt: NullableTimestamp;
  createdAt: CreatedAt;
  updatedAt: DefaultedTimestamp;
}

export interface ObjectTable {
  id: Auto<string>;
  regionCode: string;
  uscc: string;
  name: string;
  legalRepresentative: Auto<string>;
  address: Auto<string>;
  townshipCode: string;
  sectorCode: string;
  subSectorCode: string | null;
  riskClass: RiskClass;
  supervisionCategory: Auto<ItemCategory>;
  licenceNo: string | null;
  licenceExpiry: DateString | null;
  status: Auto<ObjectStatus>;
  tags: TextArray;
  dishonest: Auto<boolean>;
  /** When the 失信 listing ends (null: no end stated). */
  dishonestUntil: DateString | null;
  lastInspectedOn: DateString | null;
  archivedAt: NullableTimestamp;
  createdAt: CreatedAt;
  updatedAt: DefaultedTimestamp;
  /** The agencies of its object_supervision rows, sorted; kept by triggers, never written. */
  supervisingAgencyIds: GeneratedAlways<string[]>;
}

export interface ObjectSupervisionTable {
  regionCode: string;
  objectId: string;
  agencyId: string;
}

export interface InspectorTable {
  id: Auto<string>;
  regionCode: string;
  agencyId: string;
  unitId: string | null;
  userId: string | null;
  name: string;
  gender: Gender | null;
  certificateNo: string;
  certificateExpiry: DateString;
  expertise: TextArray;
  isExpert: Auto<boolean>;
  status: Auto<InspectorStatus>;
  homeTownshipCode: string | null;
  phone: string | null;
  archivedAt: NullableTimestamp;
  createdAt: CreatedAt;
  updatedAt: DefaultedTimestamp;
}

export interface ConflictTable {
  id: Auto<string>;
  regionCode: string;
  inspectorId: string;
  objectId: string;
  reasonCode: ConflictReason;
  note: Auto<string>;
  validFrom: Auto<DateString>;
  validUntil: DateString | null;
  createdBy: string | null;
  createdAt: CreatedAt;
  archivedAt: NullableTimestamp;
}

/** Objects per region, sector, category, status and archived or not: kept by triggers on object (migration 20). */
export interface ObjectTallyTable {
  regionCode: string;
  sectorCode: string;
  supervisionCategory: ItemCategory;
  status: ObjectStatus;
  archived: boolean;
  n: number;
}

/** The same per supervising agency: an object counts once for each agency that supervises it. */
export interface SupervisionTallyTable extends ObjectTallyTable {
  agencyId: string;
}
