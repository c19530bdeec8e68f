import { createHash } from 'node:crypto';
import { assertCan, subjectOf, type AppAbility } from '@liancha/authz';
import { insertRegionSubSector, insertTag, insertUnit, saveVocabularyMappings, type Executor, type RegionScope, type VocabularyMappingRow } from '@liancha/db';
import { DomainError, OPEN_LIST_LABELS, type OpenList } from '@liancha/domain';
import { comparisonKey, proposalKey, type ReferenceEntry, type VocabularyProposal } from '@liancha/registry-io';
import { referenceDataFor } from './reference-data.js';

/** The importer's answer for one new word: an existing entry's code, or a new entry (named as written unless renamed). */
export type WordDecision =
  | { list: OpenList; parentCode: string | null; text: string; action: 'map'; code: string }
  | { list: OpenList; parentCode: string | null; text: string; action: 'create'; name?: string | undefined };

export interface DecideContext {
  db: Executor;
  scope: RegionScope;
  agencyId: string;
  userId: string;
  ability: AppAbility;
}

/** Where new object tags go: a new word of a clerk's file says what kind of object it is. */
export const NEW_OBJECT_TAG_DIMENSION = 'object_kind';

/**
 * Checks the importer's decisions against the job's proposals, creates what is to be created
 * (each under its own permission: tags as tags, 股室 as the agency's units, sub-sectors as the
 * region's), remembers every decision for the agency's next file, and returns the code each
 * proposal now stands for. Without `validOnly`, every proposal must be decided.
 */
export async function decideWords(
  ctx: DecideContext,
  proposals: readonly VocabularyProposal[],
  decisions: readonly WordDecision[],
  validOnly: boolean,
): Promise<Record<string, string>> {
  const byKey = new Map(decisions.map((d) => [proposalKey(d.list, d.parentCode, d.text), d]));
  const undecided = proposals.filter((p) => !byKey.has(proposalKey(p.list, p.parentCode, p.text)));
  if (undecided.length > 0 && !validOnly) {
    const words = undecided.map((p) => `${OPEN_LIST_LABELS[p.list]}“${p.text}”`);
    throw new DomainError(
      'precondition_failed',
      `还有 ${undecided.length} 个新词未处理：${words.slice(0, 10).join('、')}${words.length > 10 ? '等' : ''}。请为每个新词选择对应的已有项或新建`,
      { reason: 'import_words_undecided' },
    );
  }
  const reference = await referenceDataFor(ctx.db, ctx.scope, ctx.agencyId);
  const codes: Record<string, string> = {};
  const mappings: VocabularyMappingRow[] = [];
  for (const proposal of proposals) {
    const key = proposalKey(proposal.list, proposal.parentCode, proposal.text);
    const decision = byKey.get(key);
    if (!decision) continue;
    const name = decision.action === 'create' ? decision.name?.trim() || proposal.text : '';
    // Creating a name the list already has (under another spelling of the word) maps to it instead.
    const existing = decision.action === 'create' ? entriesOf(reference, proposal).find((e) => comparisonKey(e.name) === comparisonKey(name)) : undefined;
    const code = decision.action === 'map' ? checkedTarget(reference, proposal, decision.code) : (existing?.code ?? (await createEntry(ctx, proposal, name)));
    codes[key] = code;
    mappings.push({
      list: proposal.list,
      parentCode: proposal.parentCode ?? '',
      sourceKey: comparisonKey(proposal.text),
      sourceText: proposal.text,
      targetCode: code,
    });
  }
  await saveVocabularyMappings(ctx.db, ctx.scope, ctx.agencyId, ctx.userId, mappings);
  return codes;
}

type Reference = Awaited<ReturnType<typeof referenceDataFor>>;

/** The entries a word of this list may stand for: a sub-sector among its row's main sector's, the rest in their list. */
function entriesOf(reference: Reference, proposal: VocabularyProposal): readonly ReferenceEntry[] {
  return {
    subSector: reference.sectors.filter((s) => s.parentCode !== null && s.parentCode === proposal.parentCode),
    objectTag: reference.objectTags,
    expertise: reference.expertise,
    unit: reference.units,
  }[proposal.list];
}

/** A mapping must point at an entry of the same list (a sub-sector of the row's own main sector). */
function checkedTarget(reference: Reference, proposal: VocabularyProposal, code: string): string {
  if (!entriesOf(reference, proposal).some((e) => e.code === code)) {
    throw new DomainError('bad_request', `“${proposal.text}”要对应的${OPEN_LIST_LABELS[proposal.list]}“${code}”不存在或不属于本行的行业领域，请重新选择`, {
      reason: 'import_word_target_unknown',
    });
  }
  return code;
}

/** A stable code for a created entry: the same name always gives the same code. */
function codeFor(prefix: string, name: string): string {
  return `${prefix}${createHash('sha256').update(comparisonKey(name)).digest('hex').slice(0, 10)}`;
}

async function createEntry(ctx: DecideContext, proposal: VocabularyProposal, name: string): Promise<string> {
  const { regionCode } = ctx.scope;
  if (proposal.list === 'subSector') {
    if (proposal.parentCode === null)
      throw new DomainError('bad_request', `细分行业“${proposal.text}”缺少所属行业领域`, { reason: 'import_word_parent_missing' });
    const code = `${proposal.parentCode}.r${regionCode}_${codeFor('', name)}`;
    assertCan(ctx.ability, 'create', subjectOf('Sector', { code, regionCode, parentCode: proposal.parentCode }));
    await insertRegionSubSector(ctx.db, ctx.scope, { code, name, parentCode: proposal.parentCode });
    return code;
  }
  if (proposal.list === 'unit') {
    const code = codeFor('u', name);
    assertCan(ctx.ability, 'create', subjectOf('Unit', { id: '', regionCode, agencyId: ctx.agencyId }));
    await insertUnit(ctx.db, ctx.scope, { agencyId: ctx.agencyId, code, name });
    return code;
  }
  const dimension = proposal.list === 'expertise' ? 'inspector_expertise' : NEW_OBJECT_TAG_DIMENSION;
  const code = codeFor('t', name);
  assertCan(ctx.ability, 'create', subjectOf('Tag', { id: '', regionCode, dimension, archivedAt: null }));
  await insertTag(ctx.db, ctx.scope, { dimension, code, name });
  return code;
}
