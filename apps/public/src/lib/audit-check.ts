/** The platform's own check of a region's audit chain (public.auditCheck), as the public reads it. */
export interface ChainCheck {
  checkedAt: Date | string;
  ok: boolean;
  events: number;
  anchors: number | null;
  problem: string | null;
  position: number | null;
  firstMissing: number | null;
  intactThrough: number | null;
}

/** One plain-Chinese sentence for the check's outcome. */
export function describeCheck(check: ChainCheck): string {
  if (check.ok) return `审计日志共 ${check.events} 条记录，与全部 ${check.anchors ?? 0} 个已发布的链头一致。`;
  const intact = check.intactThrough ? `第 ${check.intactThrough} 条及之前的记录与已发布的链头一致。` : '';
  switch (check.problem) {
    case 'truncated':
      return `发现截断：审计日志现在只有 ${check.events} 条记录，从第 ${check.firstMissing} 条起的记录已不存在，而已发布的链头表明它们曾经存在。${intact}`;
    case 'rewritten':
      return `发现改写：第 ${check.position} 条记录与已发布的链头不符，说明此前的记录被替换过。${intact}`;
    case 'hash_mismatch':
      return `发现篡改：第 ${check.position} 条记录的内容与其哈希值不符，已被改动。`;
    case 'link_mismatch':
      return `发现断链：第 ${check.position} 条记录与前一条衔接不上，其前面有记录被删除或插入。`;
    case 'position_mismatch':
      return `发现异常：第 ${check.position} 条记录的序号被改动。`;
    default:
      return '审计日志校验未通过。';
  }
}
