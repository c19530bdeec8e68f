import { composeUscc } from '@liancha/domain';
import type { DemoAgency, DemoUnit } from './types.js';

/** A synthetic but valid 机关 USCC of 漳平市 (350881): the 处罚机关's code on a 行政处罚 公示. */
const agencyUscc = (n: number) => composeUscc({ authority: '1', entityType: '1', division: '350881', orgBody: `M000000${n}` });

/** 漳平市应急管理局 leads; the three partners join its joint checks with their own items and inspectors. */
export const AGENCIES: readonly DemoAgency[] = [
  { code: 'yjj', name: '漳平市应急管理局', shortName: '应急局', kind: 'emergency', uscc: agencyUscc(1) },
  { code: 'scj', name: '漳平市市场监督管理局', shortName: '市场监管局', kind: 'market', uscc: agencyUscc(2) },
  { code: 'xf', name: '漳平市消防救援大队', shortName: '消防大队', kind: 'fire', uscc: agencyUscc(3) },
  { code: 'sthj', name: '龙岩市漳平生态环境局', shortName: '生态环境局', kind: 'environment', uscc: agencyUscc(4) },
];

/** 股室（中心）: the seed's 各监管业务股室(中心), plus a few units for each partner. */
export const UNITS: readonly DemoUnit[] = [
  { agencyCode: 'yjj', code: 'bgs', name: '办公室', kind: 'division' },
  { agencyCode: 'yjj', code: 'zhxtg', name: '综合协调股', kind: 'division' },
  { agencyCode: 'yjj', code: 'aqjcg', name: '安全生产基础股', kind: 'division' },
  { agencyCode: 'yjj', code: 'whg', name: '危险化学品安全监督管理股', kind: 'division' },
  { agencyCode: 'yjj', code: 'fmg', name: '非煤矿山安全监督管理股', kind: 'division' },
  { agencyCode: 'yjj', code: 'zfdd', name: '应急管理综合行政执法大队', kind: 'team' },
  { agencyCode: 'yjj', code: 'zhzx', name: '应急指挥中心', kind: 'center' },

  { agencyCode: 'scj', code: 'tzg', name: '特种设备安全监察股', kind: 'division' },
  { agencyCode: 'scj', code: 'zlg', name: '产品质量安全监督管理股', kind: 'division' },
  { agencyCode: 'scj', code: 'zfdd', name: '市场监管综合行政执法大队', kind: 'team' },
  { agencyCode: 'scj', code: 'jcs', name: '菁城市场监督管理所', kind: 'division' },

  { agencyCode: 'xf', code: 'fhjd', name: '防火监督科', kind: 'division' },
  { agencyCode: 'xf', code: 'zhzx', name: '作战指挥中心', kind: 'center' },
  { agencyCode: 'xf', code: 'jczd', name: '菁城消防救援站', kind: 'team' },

  { agencyCode: 'sthj', code: 'zfdd', name: '漳平生态环境综合执法大队', kind: 'team' },
  { agencyCode: 'sthj', code: 'hpg', name: '环境影响评价与排放管理股', kind: 'division' },
  { agencyCode: 'sthj', code: 'jcz', name: '漳平环境监测站', kind: 'center' },
];
