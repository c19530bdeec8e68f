import type { Relation } from './matrix-world.js';
import { WORKFLOW_MATRIX } from './workflow-matrix.js';
import { OUTCOME_MATRIX } from './outcome-matrix.js';
import { PUBLICATION_MATRIX } from './publication-matrix.js';
import { PORTAL_MATRIX } from './portal-matrix.js';
import { CAPS_MATRIX } from './caps-matrix.js';
import { ENTERPRISE_MATRIX } from './enterprise-matrix.js';

/** The personas of the matrix, all of 漳平市; agency personas belong to 应急局 (yjj). */
export const PERSONAS = {
  public: null,
  /** An enterprise of 漳平市 in its own area (a session from an activation code), not a user. */
  enterprise: null,
  platformAdmin: 'admin',
  agencyAdmin: 'yjj.admin',
  coordinator: 'yjj.coord',
  inspector: 'yjj.insp1',
  agencyLeader: 'yjj.leader',
  leadership: 'ldxz.zhang',
} as const;
export type Persona = keyof typeof PERSONAS;

/**
 * Every procedure × persona, written down: 'Y' allowed, 'N' refused (UNAUTHORIZED,
 * FORBIDDEN or NOT_FOUND). A procedure without targets has one letter per persona;
 * a procedure acting on a row has one letter per target relation, in `targets` order.
 * The matrix test fails for any procedure of the router that has no row here.
 */
export interface MatrixRow {
  targets?: readonly Relation[];
  expect: Record<Persona, string>;
}

const ALL: readonly Relation[] = ['own', 'other', 'partner', 'region'];
const REGION: readonly Relation[] = ['own', 'region'];

const anyone = { public: 'Y', enterprise: 'Y', platformAdmin: 'Y', agencyAdmin: 'Y', coordinator: 'Y', inspector: 'Y', agencyLeader: 'Y', leadership: 'Y' };
const loggedIn = { ...anyone, public: 'N', enterprise: 'N' };
const readRegistry = {
  targets: ALL,
  expect: {
    public: 'NNNN',
    enterprise: 'NNNN',
    platformAdmin: 'YYYN',
    agencyAdmin: 'YNYN',
    coordinator: 'YNYN',
    inspector: 'YNYN',
    agencyLeader: 'YNYN',
    leadership: 'YYYN',
  },
};
const createInAgency = {
  expect: { public: 'N', enterprise: 'N', platformAdmin: 'N', agencyAdmin: 'Y', coordinator: 'Y', inspector: 'N', agencyLeader: 'N', leadership: 'N' },
};
const writeOwn = {
  targets: ALL,
  expect: {
    public: 'NNNN',
    enterprise: 'NNNN',
    platformAdmin: 'NNNN',
    agencyAdmin: 'YNNN',
    coordinator: 'YNNN',
    inspector: 'NNNN',
    agencyLeader: 'NNNN',
    leadership: 'NNNN',
  },
};
const auditors = {
  expect: { public: 'N', enterprise: 'N', platformAdmin: 'Y', agencyAdmin: 'N', coordinator: 'N', inspector: 'N', agencyLeader: 'N', leadership: 'Y' },
};

export const PERMISSION_MATRIX: Record<string, MatrixRow> = {
  health: { expect: anyone },
  'auth.login': { expect: anyone },
  'auth.logout': { expect: loggedIn },
  'auth.me': { expect: loggedIn },
  'public.regions': { expect: anyone },
  'public.regionOverview': { expect: anyone },
  'public.auditAnchors': { expect: anyone },
  'public.auditCheck': { expect: anyone },
  // 扫码入企: the code is the key; anyone holding it reads the check's public facts.
  'public.inspectionCode': { expect: anyone },
  // 企业信用公示: names, USCCs and what was published about an enterprise are public.
  'public.enterpriseSearch': { expect: anyone },
  'public.enterpriseRecord': { expect: anyone },

  'registry.items.list': { expect: loggedIn },
  'registry.items.get': readRegistry,
  'registry.items.create': createInAgency,
  'registry.items.update': writeOwn,
  'registry.items.archive': writeOwn,
  'registry.items.publish': { targets: ALL, expect: { ...writeOwn.expect, agencyAdmin: 'NNNN' } },

  'registry.objects.list': { expect: loggedIn },
  'registry.objects.get': readRegistry,
  'registry.objects.create': createInAgency,
  'registry.objects.update': writeOwn,
  'registry.objects.archive': writeOwn,

  'registry.inspectors.list': { expect: loggedIn },
  'registry.inspectors.get': readRegistry,
  'registry.inspectors.create': createInAgency,
  'registry.inspectors.update': writeOwn,
  'registry.inspectors.archive': writeOwn,

  'registry.conflicts.list': { expect: loggedIn },
  'registry.conflicts.create': writeOwn,
  'registry.conflicts.archive': writeOwn,

  'registry.tags.list': { expect: loggedIn },
  'registry.tags.create': { expect: { ...createInAgency.expect, platformAdmin: 'Y' } },
  'registry.tags.rename': {
    targets: REGION,
    expect: {
      public: 'NN',
      enterprise: 'NN',
      platformAdmin: 'YN',
      agencyAdmin: 'YN',
      coordinator: 'YN',
      inspector: 'NN',
      agencyLeader: 'NN',
      leadership: 'NN',
    },
  },
  'registry.tags.archive': {
    targets: REGION,
    expect: {
      public: 'NN',
      enterprise: 'NN',
      platformAdmin: 'YN',
      agencyAdmin: 'NN',
      coordinator: 'NN',
      inspector: 'NN',
      agencyLeader: 'NN',
      leadership: 'NN',
    },
  },

  'registry.imports.start': createInAgency,
  // A job is its uploader's own: the matrix's job belongs to the coordinator.
  'registry.imports.status': {
    expect: { public: 'N', enterprise: 'N', platformAdmin: 'N', agencyAdmin: 'N', coordinator: 'Y', inspector: 'N', agencyLeader: 'N', leadership: 'N' },
  },
  'registry.imports.issues': {
    expect: { public: 'N', enterprise: 'N', platformAdmin: 'N', agencyAdmin: 'N', coordinator: 'Y', inspector: 'N', agencyLeader: 'N', leadership: 'N' },
  },
  'registry.imports.commit': {
    expect: { public: 'N', enterprise: 'N', platformAdmin: 'N', agencyAdmin: 'N', coordinator: 'Y', inspector: 'N', agencyLeader: 'N', leadership: 'N' },
  },
  'registry.imports.refused': {
    expect: { public: 'N', enterprise: 'N', platformAdmin: 'N', agencyAdmin: 'N', coordinator: 'Y', inspector: 'N', agencyLeader: 'N', leadership: 'N' },
  },
  'registry.imports.template': { expect: { ...loggedIn, platformAdmin: 'N', leadership: 'N' } },
  'registry.imports.export': { expect: { ...loggedIn, platformAdmin: 'N', leadership: 'N' } },

  'audit.list': auditors,
  'audit.verify': auditors,

  // Login locks: whoever may update the user (agency admin: own agency; platform admin: the region).
  'users.locks.list': {
    expect: { public: 'N', enterprise: 'N', platformAdmin: 'Y', agencyAdmin: 'Y', coordinator: 'N', inspector: 'N', agencyLeader: 'N', leadership: 'N' },
  },
  'users.locks.lift': {
    targets: ALL,
    expect: {
      public: 'NNNN',
      enterprise: 'NNNN',
      platformAdmin: 'YYYN',
      agencyAdmin: 'YNNN',
      coordinator: 'NNNN',
      inspector: 'NNNN',
      agencyLeader: 'NNNN',
      leadership: 'NNNN',
    },
  },
  // National holiday schedules: read by everyone logged in, entered by the platform admin only.
  'calendar.schedules.list': { expect: loggedIn },
  'calendar.schedules.get': { expect: loggedIn },
  'calendar.schedules.save': {
    expect: { public: 'N', enterprise: 'N', platformAdmin: 'Y', agencyAdmin: 'N', coordinator: 'N', inspector: 'N', agencyLeader: 'N', leadership: 'N' },
  },
  'calendar.schedules.import': {
    expect: { public: 'N', enterprise: 'N', platformAdmin: 'Y', agencyAdmin: 'N', coordinator: 'N', inspector: 'N', agencyLeader: 'N', leadership: 'N' },
  },

  ...WORKFLOW_MATRIX,
  ...OUTCOME_MATRIX,
  ...PUBLICATION_MATRIX,
  ...PORTAL_MATRIX,
  ...CAPS_MATRIX,
  ...ENTERPRISE_MATRIX,
};
