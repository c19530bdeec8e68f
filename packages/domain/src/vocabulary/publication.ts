import { vocabulary } from './words.js';

/** What a 公示 publishes, in the order the public portal lists them (the plan first, the item list last). */
export const { codes: PUBLICATION_KINDS, labels: PUBLICATION_KIND_LABELS } = vocabulary({
  annual_plan: '年度抽查工作计划',
  joint_task: '抽查任务及抽取名单',
  draw: '抽取结果',
  substitution: '替补说明',
  result: '检查结果',
  sanction: '行政处罚信息',
  item_list: '抽查事项清单',
});
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];

/** Why an audit head was published: the daily anchor, or with a 公示. */
export const { codes: ANCHOR_REASONS, labels: ANCHOR_REASON_LABELS } = vocabulary({ daily: '每日发布', publication: '随公示发布' });
export type AnchorReason = (typeof ANCHOR_REASONS)[number];
