/**
 * What a caller may do to a subject. Explicit verbs only: there is no `manage`
 * wildcard, so a new verb never silently grants itself to an existing rule.
 */
export const actions = ['read', 'create', 'update', 'archive', 'approve', 'publish'] as const;
export type Action = (typeof actions)[number];

/** Verbs as users read them in an error message: 无权{label}该{subject}. */
export const actionLabels: Record<Action, string> = { read: '查看', create: '新建', update: '修改', archive: '归档', approve: '审批', publish: '公示' };
