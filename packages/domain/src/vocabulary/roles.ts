import { labelFor, vocabulary } from './words.js';

/** The roles of Liancha and their Chinese names, as users know them. */
export const { codes: ROLES, labels: ROLE_LABELS } = vocabulary({
  platform_admin: '平台管理员',
  agency_admin: '部门管理员',
  coordinator: '抽查协调员',
  inspector: '执法检查人员',
  agency_leader: '分管领导',
  leadership_member: '领导小组成员',
});
export type RoleName = (typeof ROLES)[number];

export function roleLabels(roles: readonly string[]): string {
  return roles.map((role) => labelFor(ROLE_LABELS, role)).join('、');
}
