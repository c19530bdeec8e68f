import type { Migration } from 'kysely';
import * as foundation from './2026-11-25-01-foundation.js';
import * as importJob from './2026-11-25-02-import-job.js';
import * as outcomeWorkflows from './2026-11-25-03-outcome-workflows.js';
import * as publicationRules from './2026-11-25-04-publication-rules.js';
import * as drawCeremony from './2026-11-25-05-draw-ceremony.js';
import * as noteSubjects from './2026-11-26-06-note-subjects.js';
import * as loginThrottle from './2026-12-04-07-login-throttle.js';
import * as holidaySchedules from './2026-12-04-09-holiday-schedules.js';
import * as auditAnchors from './2026-12-04-08-audit-anchors.js';
import * as importReview from './2026-12-05-10-import-review.js';
import * as importChunks from './2026-12-06-13-import-chunks.js';
import * as taskBackfill from './2026-12-06-14-task-backfill.js';
import * as notifications from './2026-12-06-15-notifications.js';
import * as notificationEmail from './2026-12-06-16-notification-email.js';
import * as registryOrderIndexes from './2026-12-07-17-registry-order-indexes.js';
import * as distributableKeys from './2026-12-08-18-distributable-keys.js';
import * as textSearch from './2026-12-08-19-text-search.js';
import * as objectTallies from './2026-12-08-20-object-tallies.js';
import * as jobs from './2026-12-09-21-jobs.js';
import * as largeDrawValues from './2026-12-10-22-large-draw-values.js';
import * as yearListIndexes from './2026-12-11-23-year-list-indexes.js';
import * as figureSnapshots from './2026-12-12-24-figure-snapshots.js';
import * as publicationOrder from './2026-12-12-25-publication-order.js';
import * as caseChecks from './2026-12-13-26-case-checks.js';
import * as campaigns from './2026-12-14-27-campaigns.js';
import * as inspectionCaps from './2026-12-14-28-inspection-caps.js';
import * as checkApproval from './2026-12-14-29-check-approval.js';
import * as enterpriseAccess from './2026-12-15-30-enterprise-access.js';
import * as sanctionPublicity from './2026-12-16-31-sanction-publicity.js';
import * as announcedRandomness from './2026-12-16-32-announced-randomness.js';

/**
 * Migrations are listed statically (not read from a folder) so that they survive
 * bundling and run the same in the API, the test harness and the demo loader.
 * Names sort in the order they must run; never edit one that has shipped.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-25-01-foundation': foundation,
  '2026-11-25-02-import-job': importJob,
  '2026-11-25-03-outcome-workflows': outcomeWorkflows,
  '2026-11-25-04-publication-rules': publicationRules,
  '2026-11-25-05-draw-ceremony': drawCeremony,
  '2026-11-26-06-note-subjects': noteSubjects,
  '2026-12-04-07-login-throttle': loginThrottle,
  '2026-12-04-09-holiday-schedules': holidaySchedules,
  '2026-12-04-08-audit-anchors': auditAnchors,
  '2026-12-05-10-import-review': importReview,
  '2026-12-06-13-import-chunks': importChunks,
  '2026-12-06-14-task-backfill': taskBackfill,
  '2026-12-06-15-notifications': notifications,
  '2026-12-06-16-notification-email': notificationEmail,
  '2026-12-07-17-registry-order-indexes': registryOrderIndexes,
  '2026-12-08-18-distributable-keys': distributableKeys,
  '2026-12-08-19-text-search': textSearch,
  '2026-12-08-20-object-tallies': objectTallies,
  '2026-12-09-21-jobs': jobs,
  '2026-12-10-22-large-draw-values': largeDrawValues,
  '2026-12-11-23-year-list-indexes': yearListIndexes,
  '2026-12-12-24-figure-snapshots': figureSnapshots,
  '2026-12-12-25-publication-order': publicationOrder,
  '2026-12-13-26-case-checks': caseChecks,
  '2026-12-14-27-campaigns': campaigns,
  '2026-12-14-28-inspection-caps': inspectionCaps,
  '2026-12-14-29-check-approval': checkApproval,
  '2026-12-15-30-enterprise-access': enterpriseAccess,
  '2026-12-16-31-sanction-publicity': sanctionPublicity,
  '2026-12-16-32-announced-randomness': announcedRandomness,
};
