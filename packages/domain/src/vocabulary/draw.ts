/** 抽取: commitments collected (open), frozen, drawn; or cancelled. */
export const DRAW_STATUSES = ['open', 'frozen', 'drawn', 'cancelled'] as const;
export type DrawStatus = (typeof DRAW_STATUSES)[number];

export const DRAW_STATUS_LABELS: Record<DrawStatus, string> = { open: '收集承诺值', frozen: '已冻结，等待揭示', drawn: '已完成抽取', cancelled: '已取消' };

/** Where a draw's randomness comes from: each agency's secret, a witness's dice, a public future value. */
export const ENTROPY_SOURCE_KINDS = ['agency', 'witness', 'external'] as const;
export type EntropySourceKind = (typeof ENTROPY_SOURCE_KINDS)[number];

export const ENTROPY_SOURCE_KIND_LABELS: Record<EntropySourceKind, string> = { agency: '部门密钥', witness: '见证人掷骰', external: '公开随机数' };

/** A drawn object is checked; a substitute stands by in case one cannot be. */
export const DRAW_OUTCOMES = ['drawn', 'substitute'] as const;
export type DrawOutcome = (typeof DRAW_OUTCOMES)[number];

/** Fields an object can be stratified by; the stratum id joins their values with "/". */
export const STRATUM_FIELDS = ['sectorCode', 'riskClass', 'townshipCode', 'category'] as const;
export type StratumField = (typeof STRATUM_FIELDS)[number];

export const STRATUM_FIELD_LABELS: Record<StratumField, string> = {
  sectorCode: '行业领域',
  riskClass: '风险等级',
  townshipCode: '属地乡镇（街道）',
  category: '重点/一般',
};
