import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import * as words from '@liancha/domain/vocabulary';
import type { DbHandle } from '../create-db.js';
import { createTestDb, testDbKind } from '../testing/index.js';

/**
 * The domain declares every status, class and kind once (@liancha/domain/vocabulary); the
 * database's CHECK constraints list the same codes in SQL. Each column's list is read back
 * from pg_constraint and compared with the domain's array, so neither can change alone.
 */
const COLUMNS: Record<string, readonly string[]> = {
  'annual_plan.status': words.PLAN_STATUSES,
  'app_user.roles': words.ROLES,
  'app_user.status': words.USER_STATUSES,
  'attachment.owner_kind': words.ATTACHMENT_OWNER_KINDS,
  'audit_anchor.reason': words.ANCHOR_REASONS,
  'check.status': words.CHECK_STATUSES,
  'check_result.status': words.RESULT_STATUSES,
  'conflict.reason_code': words.CONFLICT_REASONS,
  'credit_record.kind': words.CREDIT_RECORD_KINDS,
  'credit_record.new_class': words.RISK_CLASSES,
  'credit_record.previous_class': words.RISK_CLASSES,
  'draw.status': words.DRAW_STATUSES,
  'draw_entropy.source_kind': words.ENTROPY_SOURCE_KINDS,
  'draw_result.outcome': words.DRAW_OUTCOMES,
  'enterprise_activation.source': words.ACTIVATION_SOURCES,
  'recusal_request.status': words.RECUSAL_STATUSES,
  'check_rating_mark.check_kind': words.RATED_CHECK_KINDS,
  'inspection_rating.check_kind': words.RATED_CHECK_KINDS,
  'enterprise_complaint.check_kind': words.RATED_CHECK_KINDS,
  'follow_up_action.kind': words.FOLLOW_UP_KINDS,
  'follow_up_action.status': words.FOLLOW_UP_STATUSES,
  'hazard.listing_level': words.LISTING_LEVELS,
  'hazard.severity': words.HAZARD_SEVERITIES,
  'case_check.trigger': words.CASE_TRIGGERS,
  'case_check.status': words.CASE_CHECK_STATUSES,
  'inspection_cap_line.risk_class': words.RISK_CLASSES,
  'inspection_cap_override.check_kind': words.INSPECTION_KINDS,
  'case_check.kind': words.CASE_CHECK_KINDS,
  'inspection_campaign.status': words.CAMPAIGN_STATUSES,
  'inspection_campaign.level': words.CAMPAIGN_LEVELS,
  'notification.email_state': words.EMAIL_STATES,
  'notification.kind': words.NOTIFICATION_KINDS,
  'hazard.status': words.HAZARD_STATUSES,
  'hazard_progress.kind': words.HAZARD_STEP_KINDS,
  'hazard_progress.outcome': words.INSPECTION_OUTCOMES,
  'holiday_schedule_day.kind': words.SCHEDULE_DAY_KINDS,
  'import_job.kind': words.REGISTRY_KINDS,
  'import_job.status': words.IMPORT_JOB_STATUSES,
  'vocabulary_mapping.list': words.OPEN_LISTS,
  'job.kind': words.JOB_KINDS,
  'job.status': words.JOB_STATUSES,
  'inspection_item.category': words.ITEM_CATEGORIES,
  'inspector.gender': words.GENDERS,
  'inspector.status': words.INSPECTOR_STATUSES,
  'joint_task.kind': words.TASK_KINDS,
  'joint_task.status': words.TASK_STATUSES,
  'joint_task_participant.role': words.PARTICIPANT_ROLES,
  'joint_task_participant.status': words.PARTICIPANT_STATUSES,
  'login_throttle.key_kind': words.LOGIN_KEY_KINDS,
  'object.risk_class': words.RISK_CLASSES,
  'object.status': words.OBJECT_STATUSES,
  'object.supervision_category': words.ITEM_CATEGORIES,
  'publication.kind': words.PUBLICATION_KINDS,
  'region.level': words.REGION_LEVELS,
  'sanction.status': words.SANCTION_STATUSES,
  'sanction.penalty_categories': words.PENALTY_CATEGORIES,
  'sanction.party_kind': words.SANCTION_PARTY_KINDS,
  'sanction.severity': words.SANCTION_SEVERITIES,
  'supervision_note.status': words.NOTE_STATUSES,
  'tag.dimension': words.TAG_DIMENSIONS,
  'team_member.role': words.TEAM_ROLES,
  'unit.kind': words.UNIT_KINDS,
};

/** `col = ANY (ARRAY['a'::text, …])` (an IN list) or `col <@ ARRAY['a'::text, …]` (a text[] column). */
const LIST = /\(?\(?"?([a-z_]+)"?\)? (?:= ANY|<@) \(?ARRAY\[([^\]]*)\]/g;

describe(`CHECK constraints and the domain vocabulary on ${testDbKind()}`, () => {
  let handle: DbHandle;
  let lists: Map<string, string[]>;
  let definitions: Map<string, string>;
  beforeAll(async () => {
    handle = await createTestDb();
    const result = await sql<{ tableName: string; name: string; definition: string }>`
      select c.conrelid::regclass::text as table_name, c.conname as name, pg_get_constraintdef(c.oid) as definition
      from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where n.nspname = 'public' and c.contype = 'c'`.execute(handle.db);
    definitions = new Map(result.rows.map((r) => [r.name, r.definition]));
    lists = new Map();
    for (const row of result.rows) {
      // One-column lists only: a constraint relating several columns is checked below or left to its own tests.
      const found = [...row.definition.matchAll(LIST)];
      if (found.length !== 1 || /\bOR\b/.test(row.definition)) continue;
      const [, column, items] = found[0]!;
      const table = row.tableName.replaceAll('"', '');
      lists.set(
        `${table}.${column}`,
        [...(items ?? '').matchAll(/'([^']*)'::/g)].map((m) => m[1]!),
      );
    }
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('finds every list of codes the database checks, and the domain has an array for each', () => {
    expect([...lists.keys()].sort()).toEqual(Object.keys(COLUMNS).sort());
  });

  it('lists the same codes in the database as in the domain', () => {
    for (const [column, codes] of Object.entries(COLUMNS)) {
      expect(lists.get(column)?.slice().sort(), column).toEqual([...codes].sort());
    }
  });

  it('splits the hazard states by severity as the domain does', () => {
    const definition = definitions.get('hazard_status_by_severity') ?? '';
    const [ordinary, major] = [...definition.matchAll(/ARRAY\[([^\]]*)\]/g)].map((m) => [...(m[1] ?? '').matchAll(/'([^']*)'::/g)].map((x) => x[1]!).sort());
    expect(definition).toMatch(/severity = 'ordinary'.*severity = 'major'/);
    expect(ordinary).toEqual([...words.HAZARD_STATUSES_BY_SEVERITY.ordinary].sort());
    expect(major).toEqual([...words.HAZARD_STATUSES_BY_SEVERITY.major].sort());
    expect(new Set([...(ordinary ?? []), ...(major ?? [])])).toEqual(new Set(words.HAZARD_STATUSES));
  });
});
