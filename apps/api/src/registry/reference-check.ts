import { loadReference, type Executor, type RegionScope } from '@liancha/db';
import { DomainError, type DomainIssue } from '@liancha/domain';

/** What a registry row may point at; each check names the field in the Chinese message. */
export interface ReferenceWants {
  sectorCode?: string | undefined;
  subSectorCode?: string | null | undefined;
  townshipCode?: string | null | undefined;
  homeTownshipCode?: string | null | undefined;
  unitId?: string | null | undefined;
  agencyId?: string | undefined;
  applicableSectors?: string[] | undefined;
}

/**
 * Refuse codes the region does not know before the database's foreign keys would,
 * so the user reads which field is wrong instead of a constraint name.
 */
export async function assertReferences(db: Executor, scope: RegionScope, wants: ReferenceWants): Promise<void> {
  const ref = await loadReference(db, scope);
  const issues: DomainIssue[] = [];
  const sector = (code: string) => ref.sectors.find((s) => s.code === code);
  if (wants.sectorCode !== undefined) {
    const top = sector(wants.sectorCode);
    if (!top || top.parentCode !== null) issues.push({ field: 'sectorCode', message: `未知的行业领域“${wants.sectorCode}”` });
    if (wants.subSectorCode) {
      const sub = sector(wants.subSectorCode);
      if (!sub || sub.parentCode !== wants.sectorCode) {
        issues.push({ field: 'subSectorCode', message: `细分行业“${wants.subSectorCode}”不属于所选行业领域` });
      }
    }
  }
  for (const code of wants.applicableSectors ?? []) {
    if (!sector(code)) issues.push({ field: 'applicableSectors', message: `未知的行业领域“${code}”` });
  }
  for (const field of ['townshipCode', 'homeTownshipCode'] as const) {
    const code = wants[field];
    if (code && !ref.townships.some((t) => t.code === code)) issues.push({ field, message: `本行政区划没有乡镇（街道）代码“${code}”` });
  }
  if (wants.unitId && !ref.units.some((u) => u.id === wants.unitId && (!wants.agencyId || u.agencyId === wants.agencyId))) {
    issues.push({ field: 'unitId', message: '所选股室（中心）不属于本部门' });
  }
  if (issues.length > 0) {
    throw new DomainError('bad_request', issues.map((i) => i.message).join('；'), { reason: 'unknown_reference', issues });
  }
}
