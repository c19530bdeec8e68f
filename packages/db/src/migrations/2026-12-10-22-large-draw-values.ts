import { sql, type Kysely } from 'kysely';

/**
 * The values that grow with a draw's pool — tens of megabytes at a million objects — are kept
 * where they cost least and are read only where needed:
 * - `draw.commitment_inputs` becomes text, the canonical JSON exactly as hashed: writing it as
 *   jsonb cost the freeze seconds of conversion. The sources it declares are copied to
 *   `draw.declared_entropy`, which a reveal reads without touching the pool.
 * - A task notice's proof bundle moves out of the publication's payload into `publication.bundle`,
 *   read only by the bundle download and the verifier; `publication.proof` keeps the page's digest
 *   of it, written when published (null for earlier bundles: the API computes it when asked).
 *   Publications are immutable: the move is the one rewrite allowed, with the guard off for its
 *   statement (the content is the same, split in two).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table draw add column declared_entropy jsonb`.execute(db);
  await sql`update draw set declared_entropy = commitment_inputs -> 'entropy' where commitment_inputs is not null`.execute(db);
  await sql`alter table draw alter column commitment_inputs type text using commitment_inputs::text`.execute(db);

  await sql`alter table publication add column bundle jsonb, add column proof jsonb`.execute(db);
  await sql`alter table publication disable trigger publication_immutable`.execute(db);
  await sql`
    update publication
       set bundle = payload #> '{draw,bundle}', payload = payload #- '{draw,bundle}'
     where jsonb_typeof(payload #> '{draw,bundle}') = 'object'`.execute(db);
  await sql`alter table publication enable trigger publication_immutable`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table publication disable trigger publication_immutable`.execute(db);
  await sql`
    update publication set payload = jsonb_set(payload, '{draw,bundle}', bundle)
     where bundle is not null and jsonb_typeof(payload -> 'draw') = 'object'`.execute(db);
  await sql`alter table publication enable trigger publication_immutable`.execute(db);
  await sql`alter table publication drop column bundle, drop column proof`.execute(db);
  await sql`alter table draw alter column commitment_inputs type jsonb using commitment_inputs::jsonb`.execute(db);
  await sql`alter table draw drop column declared_entropy`.execute(db);
}
