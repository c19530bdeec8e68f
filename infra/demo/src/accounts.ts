import type { Gender, Role } from '@liancha/db';
import type { AgencyCode } from './types.js';

export interface DemoAccount {
  username: string;
  roles: Role[];
  agencyCode: AgencyCode | null;
  unitCode: string | null;
  displayName: string;
  /**
   * For inspector accounts: the inspector row this user logs in as. Its name is the
   * display name; the generator places it in `unitCode` with this expertise.
   */
  inspector: { expertise: string[]; gender: Gender } | null;
}

const account = (
  username: string,
  role: Role,
  agencyCode: AgencyCode | null,
  displayName: string,
  unitCode: string | null = null,
  inspector: DemoAccount['inspector'] = null,
): DemoAccount => ({ username, roles: [role], agencyCode, unitCode, displayName, inspector });

/** One account for every role; all share the password given to the loader. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  account('admin', 'platform_admin', null, '平台管理员'),

  account('yjj.admin', 'agency_admin', 'yjj', '郑晓东（系统管理员）', 'bgs'),
  account('yjj.coord', 'coordinator', 'yjj', '林海燕（双随机联络员）', 'aqjcg'),
  account('yjj.leader', 'agency_leader', 'yjj', '陈建国（分管副局长）'),
  account('yjj.insp1', 'inspector', 'yjj', '黄志明', 'zfdd', { expertise: ['non_coal_mine', 'industry_trade'], gender: 'male' }),
  account('yjj.insp2', 'inspector', 'yjj', '吴丽萍', 'whg', { expertise: ['hazardous_chemicals', 'fireworks'], gender: 'female' }),

  account('scj.admin', 'agency_admin', 'scj', '苏文斌（系统管理员）'),
  account('scj.coord', 'coordinator', 'scj', '邱秀英（双随机联络员）', 'zfdd'),
  account('scj.leader', 'agency_leader', 'scj', '刘德荣（分管副局长）'),
  account('scj.insp1', 'inspector', 'scj', '赖建华', 'tzg', { expertise: ['special_equipment'], gender: 'male' }),

  account('xf.coord', 'coordinator', 'xf', '温晓琳（双随机联络员）', 'fhjd'),
  account('xf.leader', 'agency_leader', 'xf', '罗永强（副大队长）'),
  account('xf.insp1', 'inspector', 'xf', '谢俊峰', 'fhjd', { expertise: ['fire_safety', 'hazardous_chemicals'], gender: 'male' }),

  account('sthj.coord', 'coordinator', 'sthj', '廖雪梅（双随机联络员）', 'hpg'),
  account('sthj.leader', 'agency_leader', 'sthj', '傅清平（副局长）'),
  account('sthj.insp1', 'inspector', 'sthj', '江海涛', 'zfdd', { expertise: ['environment', 'non_coal_mine'], gender: 'male' }),

  // 领导小组: oversees every agency of the region, so it belongs to none.
  account('ldxz.zhang', 'leadership_member', null, '张国华（组长）'),
  account('ldxz.li', 'leadership_member', null, '李文斌（副组长）'),
  account('ldxz.wang', 'leadership_member', null, '王秀兰（成员）'),
];
