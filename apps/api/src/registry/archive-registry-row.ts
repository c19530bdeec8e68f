import { assertCan, subjectOf } from '@liancha/authz';
import { DomainError } from '@liancha/domain';
import type { MutationContext } from '../trpc/mutation-context.js';

/** What archiving an inspector or an inspection item differs in; the rule itself is one. */
export interface ArchiveSpec<R extends { id: string; archivedAt: Date | null }> {
  subject: 'Inspector' | 'InspectionItem';
  auditKind: 'inspector' | 'inspectionItem';
  /** The conflict message when the row is already archived. */
  alreadyArchived: string;
  load: (ctx: MutationContext, id: string) => Promise<R>;
  archive: (ctx: MutationContext, id: string, at: Date) => Promise<void>;
}

/** Archives a registry row the caller may archive, once; the audit row records the archiving. */
export async function archiveRegistryRow<R extends { id: string; archivedAt: Date | null }>(ctx: MutationContext, id: string, spec: ArchiveSpec<R>) {
  const row = await spec.load(ctx, id);
  assertCan(ctx.ability, 'archive', subjectOf(spec.subject, row));
  if (row.archivedAt) throw new DomainError('conflict', spec.alreadyArchived, { reason: 'already_archived' });
  await spec.archive(ctx, row.id, ctx.now());
  await ctx.audit.record({
    action: `${spec.auditKind}.archive`,
    subjectKind: spec.auditKind,
    subjectId: row.id,
    before: { archivedAt: null },
    after: { archivedAt: ctx.now() },
  });
  return { ok: true as const };
}
