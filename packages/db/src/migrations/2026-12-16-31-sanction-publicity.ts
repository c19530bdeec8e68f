import { sql, type Kysely } from 'kysely';

/**
 * Sanctions in the national 双公示 行政处罚 shape and an enterprise's public record (issue 15 §1).
 *
 * - `sanction`: 违法行为类型, 违法事实, 处罚类别 (several codes of the national list), 处罚有效期,
 *   失信行为程度 (一般 / 严重), 公示截止期 and 行政相对人类别. Existing rows: 处罚类别 罚款 when fined
 *   (else 其他), no stated 有效期, 一般失信行为, so 公示截止期 one year after the decision (the longest
 *   period for it, packages/domain/src/rules/sanction-publicity.ts; a migration cannot import it),
 *   法人及非法人组织. Published rows are immutable, so their trigger
 *   is held off for the backfill.
 * - `agency.uscc`: the 处罚机关's 统一社会信用代码 (null until an administrator enters it).
 * - `object.dishonest_until`: when a 失信 listing ends (null: no end stated).
 * - `publication.public_until`: the last day a notice is shown to the public (a sanction's
 *   公示截止期; null: always). The public list, search and record leave out rows past it; the rows
 *   stay. `publication_kind_order_idx` keeps one kind's page (the sanctions filter) an index walk,
 *   `publication_object_idx` finds an enterprise's results and sanctions by the USCC in their payload.
 */
const PENALTY_CATEGORIES = [
  'warning',
  'circulated_criticism',
  'fine',
  'confiscate_gains',
  'confiscate_property',
  'suspend_licence',
  'lower_qualification',
  'revoke_licence',
  'restrict_business',
  'suspend_business',
  'order_closure',
  'restrict_practice',
  'detention',
  'other',
];
const PARTY_KINDS = ['legal_person', 'individual_business', 'natural_person'];
const SEVERITIES = ['general', 'serious'];
const list = (codes: string[]) => codes.map((c) => `'${c}'`).join(',');

const statements = [
  `alter table sanction
     add column violation_type text not null default '',
     add column facts text not null default '',
     add column penalty_categories text[] not null default '{}'
       check (penalty_categories <@ array[${list(PENALTY_CATEGORIES)}]::text[]),
     add column valid_until date,
     add column severity text not null default 'general' check (severity in (${list(SEVERITIES)})),
     add column publicity_ends_on date,
     add column party_kind text not null default 'legal_person' check (party_kind in (${list(PARTY_KINDS)}))`,
  `alter table sanction disable trigger sanction_published_immutable`,
  `update sanction set
     penalty_categories = case when coalesce(fine_fen, 0) > 0 then array['fine'] else array['other'] end,
     publicity_ends_on = (decided_on + case severity when 'serious' then interval '3 years' else interval '1 year' end)::date`,
  `alter table sanction enable trigger sanction_published_immutable`,
  `alter table sanction alter column publicity_ends_on set not null`,
  `alter table sanction add constraint sanction_validity_check check (valid_until is null or valid_until >= decided_on)`,
  `alter table sanction add constraint sanction_publicity_check check (publicity_ends_on >= decided_on)`,
  `alter table agency add column uscc char(18) check (uscc ~ '^[0-9A-HJ-NPQRTUWXY]{18}$')`,
  `alter table object add column dishonest_until date`,
  `alter table publication add column public_until date`,
  `alter table publication disable trigger publication_immutable`,
  `update publication p set public_until = s.publicity_ends_on
     from sanction s where p.kind = 'sanction' and s.region_code = p.region_code and s.id = p.subject_id`,
  `alter table publication enable trigger publication_immutable`,
  `create index publication_kind_order_idx on publication (region_code, kind, published_at desc, id)`,
  `create index publication_object_idx on publication (region_code, (payload #>> '{object,uscc}'), published_at desc)
     where kind in ('result', 'sanction')`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    `drop index if exists publication_object_idx`,
    `drop index if exists publication_kind_order_idx`,
    `alter table publication drop column public_until`,
    `alter table object drop column dishonest_until`,
    `alter table agency drop column uscc`,
    `alter table sanction drop constraint sanction_publicity_check`,
    `alter table sanction drop constraint sanction_validity_check`,
    `alter table sanction drop column violation_type, drop column facts, drop column penalty_categories,
       drop column valid_until, drop column severity, drop column publicity_ends_on, drop column party_kind`,
  ]) {
    await sql.raw(statement).execute(db);
  }
}
