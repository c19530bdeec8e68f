import { vocabulary } from './words.js';

/** 抽取: commitments collected (open), frozen, drawn; or cancelled. */
export const { codes: DRAW_STATUSES, labels: DRAW_STATUS_LABELS } = vocabulary({
  open: '收集承诺值',
  frozen: '已冻结，等待揭示',
  drawn: '已完成抽取',
  cancelled: '已取消',
});
export type DrawStatus = (typeof DRAW_STATUSES)[number];

/** Where a draw's randomness comes from: each agency's secret, a witness's dice, a public future value. */
export const { codes: ENTROPY_SOURCE_KINDS, labels: ENTROPY_SOURCE_KIND_LABELS } = vocabulary({
  agency: '部门密钥',
  witness: '见证人掷骰',
  external: '公开随机数',
});
export type EntropySourceKind = (typeof ENTROPY_SOURCE_KINDS)[number];

/** A drawn object is checked; a substitute stands by in case one cannot be. */
export const DRAW_OUTCOMES = ['drawn', 'substitute'] as const;
export type DrawOutcome = (typeof DRAW_OUTCOMES)[number];

/** Where an enterprise stands in a published draw, as its own area (企业专区) shows it. */
export const { codes: DRAW_STANDINGS, labels: DRAW_STANDING_LABELS } = vocabulary({
  drawn: '抽中',
  substitute: '列入替补名单',
  not_drawn: '未抽中',
  excluded: '未进入抽取池',
});
export type DrawStanding = (typeof DRAW_STANDINGS)[number];

/** Fields an object can be stratified by; the stratum id joins their values with "/". */
export const { codes: STRATUM_FIELDS, labels: STRATUM_FIELD_LABELS } = vocabulary({
  sectorCode: '行业领域',
  riskClass: '风险等级',
  townshipCode: '属地乡镇（街道）',
  category: '重点/一般',
});
export type StratumField = (typeof STRATUM_FIELDS)[number];

/** What kind of announced public value an external entropy source names (protocol §4.1.1). */
export const { codes: ANNOUNCEMENT_KINDS, labels: ANNOUNCEMENT_KIND_LABELS } = vocabulary({ lottery: '彩票开奖号码', beacon: '公共随机信标' });
export type AnnouncementKind = (typeof ANNOUNCEMENT_KINDS)[number];

/** How an announced value is written when entered (protocol §4.1.1), as a form's hint says it. */
export const ANNOUNCED_VALUE_HINTS: Record<AnnouncementKind, string> = {
  lottery: '按公布的开奖号码录入，各号码以一个空格分隔，如“4 0 7”；有后区的写作“03 09 15 21 27 33 + 12”',
  beacon: '录入信标该轮公布的输出值（randomness），小写十六进制',
};
