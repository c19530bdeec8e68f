/**
 * The first difference verifyDraw reports, in words a member of the public can follow:
 * `objects[0].drawn[2].ticket` becomes “第1个分层（工贸）· 抽中名单第3位 · 签号”.
 */
const KEYS: Record<string, string> = {
  algorithm: '算法版本',
  commitment: '承诺值',
  commitmentInputs: '抽取输入',
  seed: '种子',
  reveals: '揭示的随机数',
  objects: '抽取结果',
  teams: '检查组',
  checks: '检查组',
  substitutions: '替补记录',
  drawn: '抽中名单',
  substitutes: '替补名单',
  ticket: '签号',
  uscc: '统一社会信用代码',
  rank: '序号',
  eligible: '可抽对象数',
  sampleSize: '应抽数量',
  shortfall: '不足数量',
  stratum: '分层',
  officers: '执法人员',
  experts: '专家',
  certNo: '执法证号',
  agencyId: '所属部门',
  status: '分配结果',
  value: '值',
  source: '来源',
  replaced: '被替补企业',
  substitute: '替补企业',
  substituteRank: '替补序号',
  reason: '原因',
  note: '说明',
  team: '检查组',
  seq: '替补次序',
  length: '数量',
  pool: '抽取池',
  matrix: '比例矩阵',
  entropy: '随机数来源',
  task: '任务',
  roster: '人员名录',
  conflicts: '回避关系',
};

/** Ordinal labels for list elements, by the list's key. */
const ITEMS: Record<string, (n: number) => string> = {
  objects: (n) => `第${n}个分层`,
  drawn: (n) => `抽中名单第${n}位`,
  substitutes: (n) => `替补名单第${n}位`,
  checks: (n) => `第${n}个检查组`,
  officers: (n) => `执法人员第${n}位`,
  experts: (n) => `专家第${n}位`,
  reveals: (n) => `第${n}个随机数`,
  substitutions: (n) => `第${n}次替补`,
};

type Segment = { key: string } | { index: number };

function segments(path: string): Segment[] {
  const out: Segment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) out.push({ index: Number(match[2]) });
    else if (match[1] !== undefined) out.push({ key: match[1] });
  }
  return out;
}

function stratumAt(bundle: unknown, index: number): string | null {
  const objects = (bundle as { objects?: unknown } | null)?.objects;
  const entry = Array.isArray(objects) ? (objects[index] as { stratum?: unknown } | undefined) : undefined;
  return typeof entry?.stratum === 'string' ? entry.stratum : null;
}

export function describePath(path: string, bundle: unknown, stratumLabel: (id: string) => string = (id) => id): string {
  if (path === '' || path === '$') return '整个抽取包';
  const parts: string[] = [];
  const list = segments(path);
  list.forEach((segment, i) => {
    const previous = list[i - 1];
    if ('index' in segment) {
      const owner = previous && 'key' in previous ? previous.key : '';
      let label = ITEMS[owner]?.(segment.index + 1) ?? `第${segment.index + 1}项`;
      if (owner === 'objects' && i === 1) {
        const stratum = stratumAt(bundle, segment.index);
        if (stratum) label += `（${stratumLabel(stratum)}）`;
      }
      // "抽中名单" + "第3位" reads as one phrase: replace the list's own name.
      if (ITEMS[owner] && parts.length > 0 && parts[parts.length - 1] === (KEYS[owner] ?? owner)) parts.pop();
      parts.push(label);
    } else {
      parts.push(KEYS[segment.key] ?? segment.key);
    }
  });
  return parts.join(' · ');
}

/** A value as the report shows it: short, and never empty. */
export function showValue(value: unknown): string {
  if (value === undefined) return '（缺失）';
  if (value === null) return '（空）';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
