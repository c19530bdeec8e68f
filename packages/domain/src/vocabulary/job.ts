import { vocabulary } from './words.js';

/**
 * Long work the API does off the request path: a request enqueues a job in its own transaction and
 * a job runner (the API's main process, or the only one) claims and runs it.
 */
export const { codes: JOB_KINDS, labels: JOB_KIND_LABELS } = vocabulary({
  import_parse: '校验导入文件',
  import_commit: '写入导入数据',
  draw_freeze: '冻结抽取输入',
  draw_run: '执行抽取',
  figure_refresh: '更新统计数据',
});
export type JobKind = (typeof JOB_KINDS)[number];

export const { codes: JOB_STATUSES, labels: JOB_STATUS_LABELS } = vocabulary({ queued: '排队中', running: '进行中', done: '已完成', failed: '失败' });
export type JobStatus = (typeof JOB_STATUSES)[number];
