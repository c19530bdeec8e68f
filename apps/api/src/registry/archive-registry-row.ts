import { assertCan, subjectOf } from '@liancha/authz';
import { archiveInspector, archiveItem, getInspector, getItem } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import type { MutationContext } from '../trpc/mutation-context.js';
import { canRead, found } from '../trpc/access.js';

/** What archiving an inspector or an inspection item differs in; the rule itself is one. */
const ARCHIVABLE = {
  Inspector: {
    auditKind: 'inspector',
    alreadyArchived: '该执法检查人员已归档',
    load: async (ctx: MutationContext, id: string) => found(await getInspector(ctx.db, ctx.scope, canRead(ctx.ability, 'Inspector'), id), 'Inspector'),
    archive: archiveInspector,
  },
  InspectionItem: {
    auditKind: 'inspectionItem',
    alreadyArchived: '该抽查事项已归档',
    load: async (ctx: MutationContext, id: string) => found(await getItem(ctx.db, ctx.scope, canRead(ctx.ability, 'InspectionItem'), id), 'InspectionItem'),
    archive: archiveItem,
  },
} as const;

/** Archives a registry row the caller may archive, once; the audit row records the archiving. */
export async function archiveRegistryRow(ctx: MutationContext, subject: keyof typeof ARCHIVABLE, id: string) {
  const spec = ARCHIVABLE[subject];
  const row = await spec.load(ctx, id);
  assertCan(ctx.ability, 'archive', subjectOf(subject, row));
  if (row.archivedAt) throw new DomainError('conflict', spec.alreadyArchived, { reason: 'already_archived' });
  await spec.archive(ctx.db, ctx.scope, row.id, ctx.now());
  await ctx.audit.record({
    action: `${spec.auditKind}.archive`,
    subjectKind: spec.auditKind,
    subjectId: row.id,
    before: { archivedAt: null },
    after: { archivedAt: ctx.now() },
  });
  return { ok: true as const };
}
