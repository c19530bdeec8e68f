import { vocabulary } from './words.js';

/** 通知: what lands in a user's in-app list, so nobody has to keep refreshing the home page. */
export const { codes: NOTIFICATION_KINDS, labels: NOTIFICATION_KIND_LABELS } = vocabulary({
  task_invitation: '联合抽查邀请',
  commit_due: '待提交承诺值',
  reveal_due: '待揭示随机数',
  results_to_approve: '结果待审核',
  results_to_publish: '结果待公示',
  note_received: '督办单',
  note_answered: '督办单答复',
  import_finished: '导入完成',
});
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
