/** The leadership portal's sections; agency and hazard pages hang below them. */
export const NAV = [
  { href: '/', label: '总览' },
  { href: '/agencies', label: '各部门' },
  { href: '/overdue', label: '逾期公示' },
  { href: '/hazards', label: '重大隐患台账' },
  { href: '/case-checks', label: '个案检查' },
  { href: '/campaigns', label: '专项检查' },
  { href: '/caps', label: '频次与联合检查' },
  { href: '/ratings', label: '检查评价' },
  { href: '/recusals', label: '回避申请' },
  { href: '/inspectors', label: '检查人员工作量' },
  { href: '/notes', label: '督办单' },
] as const;
