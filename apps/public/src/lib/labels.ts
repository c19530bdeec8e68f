import type { Tone } from '@liancha/ui';

/** Chinese names of the API's codes, as the public reads them. */
export const PUBLICATION_KIND_CODES = ['annual_plan', 'joint_task', 'draw', 'substitution', 'result', 'sanction', 'item_list'] as const;
export type PublicationKind = (typeof PUBLICATION_KIND_CODES)[number];

export const PUBLICATION_KINDS: Record<PublicationKind, string> = {
  item_list: '抽查事项清单',
  annual_plan: '年度抽查工作计划',
  joint_task: '抽查任务及抽取名单',
  draw: '抽取结果',
  result: '检查结果',
  sanction: '行政处罚信息',
  substitution: '替补说明',
};

export const KIND_TONES: Record<PublicationKind, Tone> = {
  item_list: 'neutral',
  annual_plan: 'info',
  joint_task: 'info',
  draw: 'info',
  result: 'ok',
  sanction: 'danger',
  substitution: 'warn',
};

export function kindLabel(kind: string): string {
  return PUBLICATION_KINDS[kind as PublicationKind] ?? kind;
}

export function kindTone(kind: string): Tone {
  return KIND_TONES[kind as PublicationKind] ?? 'neutral';
}

/** Kinds whose payload carries a proof bundle that the public can re-run. */
export function hasDrawProof(kind: string): boolean {
  return kind === 'joint_task' || kind === 'draw' || kind === 'substitution';
}

export const ITEM_CATEGORIES: Record<string, string> = { general: '一般检查事项', key: '重点检查事项' };

export const RISK_CLASS_LABELS: Record<string, string> = { A: 'A类（低风险）', B: 'B类', C: 'C类', D: 'D类（高风险）' };

export const ENTROPY_KINDS: Record<string, string> = { agency: '部门密钥', witness: '现场见证人摇号', external: '公开的未来数值' };

/** Basis points as a percentage: 1000 → "10%". */
export function percentOfBp(bp: number | null | undefined): string {
  if (bp === null || bp === undefined) return '—';
  return `${(bp / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 })}%`;
}

/** Beijing date and time, as every portal shows instants. */
export function dateTime(value: Date | string | null | undefined): string {
  if (!value) return '—';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return date.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}

export function day(value: Date | string | null | undefined): string {
  if (!value) return '—';
  if (typeof value === 'string') return value.slice(0, 10);
  return value.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

/** A long hash, shortened for a table cell (the full value stays in its title). */
export function shortHash(hash: string | null | undefined, length = 12): string {
  if (!hash) return '—';
  return hash.length > length ? `${hash.slice(0, length)}…` : hash;
}
