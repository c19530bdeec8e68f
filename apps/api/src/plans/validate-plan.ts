import { EVERY_ROW, listItems, loadReference, type Executor, type PlanBatchInput, type RegionScope } from '@liancha/db';
import { DomainError, type DomainIssue } from '@liancha/domain';
import { batchSectorCodes } from './plan-floor.js';

/**
 * A plan's contents must make sense: its items are the agency's own live items, and its
 * batches lie inside the plan's year, in order, without overlapping, each covering known sectors.
 */
export async function validatePlanContents(
  db: Executor,
  scope: RegionScope,
  agencyId: string,
  year: number,
  itemIds: string[],
  batches: PlanBatchInput[],
): Promise<void> {
  const issues: DomainIssue[] = [];
  if (itemIds.length > 0) {
    const found = await listItems(db, scope, EVERY_ROW, { page: 1, pageSize: 1000, sort: { field: 'code', direction: 'asc' }, filter: { agencyId } });
    const own = new Set(found.rows.map((r) => r.id));
    itemIds.forEach((id, i) => {
      if (!own.has(id)) issues.push({ field: `itemIds.${i}`, message: '抽查事项不属于本部门或已归档' });
    });
  }
  const sorted = [...batches].sort((a, b) => a.seq - b.seq);
  const scoped = sorted.some((b) => batchSectorCodes(b.scope) !== null);
  const sectors = scoped ? new Set((await loadReference(db, scope)).sectors.filter((s) => s.parentCode === null).map((s) => s.code)) : new Set<string>();
  sorted.forEach((batch, i) => {
    const where = `batches.${i}`;
    if (batch.seq !== i + 1) issues.push({ field: `${where}.seq`, message: `批次序号应从1开始连续编号，第${i + 1}个批次的序号为${batch.seq}` });
    if (!batch.startsOn.startsWith(`${year}-`) || !batch.endsOn.startsWith(`${year}-`))
      issues.push({ field: where, message: `“${batch.name}”的起止日期应在${year}年内` });
    if (batch.endsOn < batch.startsOn) issues.push({ field: where, message: `“${batch.name}”的结束日期早于开始日期` });
    const previous = sorted[i - 1];
    if (previous && batch.startsOn <= previous.endsOn) issues.push({ field: where, message: `“${batch.name}”与“${previous.name}”的时间重叠` });
    for (const code of batchSectorCodes(batch.scope) ?? []) {
      if (!sectors.has(code)) issues.push({ field: `${where}.scope.sectorCodes`, message: `“${batch.name}”的行业领域“${code}”不存在` });
    }
  });
  if (issues.length > 0) throw new DomainError('bad_request', issues.map((i) => i.message).join('；'), { reason: 'plan_invalid', issues });
}
