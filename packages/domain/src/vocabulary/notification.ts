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

/** A notification's e-mail, when its user has an address: queued, sent, given up after three tries, or too old to send. */
export const { codes: EMAIL_STATES, labels: EMAIL_STATE_LABELS } = vocabulary({
  pending: '待发送',
  sent: '已发送',
  failed: '发送失败',
  expired: '已过期未发送',
});
export type EmailState = (typeof EMAIL_STATES)[number];
