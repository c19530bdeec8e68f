import type { SessionUser } from '@liancha/api-client';

type Role = SessionUser['roles'][number];

/** What a user may see in this portal; the API still decides every call. */
export interface Capabilities {
  /** Keeps the registries, plans and tasks of the agency (coordinator, agency admin). */
  office: boolean;
  coordinator: boolean;
  leader: boolean;
  inspector: boolean;
  hasAgency: boolean;
  /** Manages accounts: sees and lifts login locks (agency admin: the agency's; platform admin: the region's). */
  accountAdmin: boolean;
  /** Hands an enterprise a one-time code for its area on the public portal (the agency's administrator). */
  enterpriseCodes: boolean;
  /** Sees the enterprises' 回避申请 about the agency's officers (its leaders and office; the head decides them). */
  recusals: boolean;
}

export function capabilitiesOf(user: Pick<SessionUser, 'roles' | 'agency'>): Capabilities {
  const has = (role: Role) => user.roles.includes(role);
  return {
    office: has('coordinator') || has('agency_admin'),
    coordinator: has('coordinator'),
    leader: has('agency_leader'),
    inspector: has('inspector'),
    hasAgency: user.agency !== null,
    accountAdmin: has('agency_admin') || has('platform_admin'),
    enterpriseCodes: has('agency_admin') && user.agency !== null,
    recusals: user.agency !== null && (has('agency_leader') || has('coordinator') || has('agency_admin')),
  };
}

/** The main navigation for the user's roles: every page stays reachable from it. */
export function navFor(user: Pick<SessionUser, 'roles' | 'agency'>): { href: string; label: string }[] {
  const can = capabilitiesOf(user);
  const nav = [{ href: '/', label: '工作台' }];
  const locks = can.accountAdmin ? [{ href: '/users/locks', label: '登录锁定' }] : [];
  const calendar = user.roles.includes('platform_admin') ? [{ href: '/calendar', label: '节假日安排' }] : [];
  if (!can.hasAgency) return [...nav, { href: '/registry', label: '一单两库' }, ...locks, ...calendar];
  if (can.inspector && !can.office && !can.leader) {
    return [
      ...nav,
      { href: '/checks', label: '我的检查' },
      { href: '/case-checks', label: '个案检查' },
      { href: '/hazards', label: '隐患台账' },
      { href: '/follow-ups', label: '后续处置' },
      { href: '/registry', label: '一单两库' },
    ];
  }
  nav.push(
    { href: '/registry', label: '一单两库' },
    { href: '/plans', label: '年度计划' },
    { href: '/tasks', label: '联合抽查任务' },
    { href: '/checks', label: '检查' },
    ...(can.recusals ? [{ href: '/recusals', label: '回避申请' }] : []),
    { href: '/case-checks', label: '个案检查' },
    { href: '/campaigns', label: '专项检查' },
    { href: '/caps', label: '检查频次上限' },
  );
  nav.push(
    { href: '/hazards', label: '隐患台账' },
    { href: '/follow-ups', label: '后续处置' },
    { href: '/sanctions', label: '行政处罚' },
    { href: '/publications', label: '公示' },
  );
  nav.push({ href: '/notes', label: '督办' }, ...locks);
  return nav;
}
