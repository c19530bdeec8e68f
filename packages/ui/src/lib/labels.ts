import type { Tone } from './StatusBadge.svelte';

/** Chinese names of the API's codes, and the badge tone each state gets (shared by the portals). */
export type Labelled = Record<string, { label: string; tone: Tone }>;

export function labelOf(table: Labelled, code: string | null | undefined): string {
  if (!code) return '—';
  return table[code]?.label ?? code;
}

export function toneOf(table: Labelled, code: string | null | undefined): Tone {
  return (code && table[code]?.tone) || 'neutral';
}

export const HAZARD_STATUS: Labelled = {
  open: { label: '待整改', tone: 'warn' },
  rectified: { label: '已报告整改（待复查）', tone: 'info' },
  reinspected: { label: '复查合格（已销号）', tone: 'ok' },
  listed: { label: '挂牌督办中', tone: 'danger' },
  acceptance_requested: { label: '已申请验收', tone: 'info' },
  accepted: { label: '验收合格（待核销）', tone: 'info' },
  written_off: { label: '已核销', tone: 'ok' },
  escalated: { label: '已升级处置', tone: 'danger' },
};

export const HAZARD_SEVERITY: Labelled = {
  ordinary: { label: '一般隐患', tone: 'warn' },
  major: { label: '重大事故隐患', tone: 'danger' },
};

export const OVERDUE_FLAGS: Record<string, string> = {
  rectification_overdue: '整改逾期',
  reinspection_overdue: '复查逾期',
  listing_overdue: '督办逾期',
  acceptance_overdue: '验收逾期',
};

export const HAZARD_STEP_KINDS: Record<string, string> = {
  rectification: '整改完成报告',
  reinspection: '复查',
  listing: '挂牌督办',
  plan: '五落实整改方案',
  progress: '整改进展',
  acceptance_request: '申请验收',
  acceptance: '现场验收',
  write_off: '核销',
  escalation: '升级处置',
};

export function dateTime(value: Date | string | null | undefined): string {
  if (!value) return '—';
  const date = typeof value === 'string' ? new Date(value) : value;
  return date.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}

/** 挂牌督办 levels and the measures of an escalation (升级处置). */
export const LISTING_LEVEL_LABELS: Record<string, string> = { county: '县级', city: '市级', province: '省级' };
export const ESCALATION_MEASURE_LABELS: Record<string, string> = {
  interview: '约谈',
  public_criticism: '通报批评',
  licence_suspension: '暂扣安全生产许可证',
  suspend_production: '责令停产停业整顿',
  dishonest: '纳入失信名单',
};
