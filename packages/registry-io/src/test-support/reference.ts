import { composeUscc } from '@liancha/domain';
import type { InspectionItemRecord, InspectorRecord, ObjectRecord, ReferenceData } from '../types.js';

/** The date every test checks certificates against. */
export const TODAY = '2026-11-25';

/** A slice of the 漳平 demo region's reference data (infra/demo). */
export const REFERENCE: ReferenceData = {
  sectors: [
    { code: 'non_coal_mine', name: '非煤矿山', parentCode: null },
    { code: 'non_coal_mine.open_pit', name: '金属非金属露天矿山', parentCode: 'non_coal_mine' },
    { code: 'hazardous_chemicals', name: '危险化学品', parentCode: null, aliases: ['危化', '危化品'] },
    { code: 'hazardous_chemicals.gas_station', name: '加油站', parentCode: 'hazardous_chemicals' },
    { code: 'hazardous_chemicals.trading', name: '危险化学品经营（不带储存）', parentCode: 'hazardous_chemicals' },
    { code: 'fireworks', name: '烟花爆竹', parentCode: null },
    { code: 'fireworks.retail', name: '烟花爆竹零售', parentCode: 'fireworks' },
    { code: 'industry_trade', name: '工贸', parentCode: null },
    { code: 'industry_trade.metallurgy', name: '冶金', parentCode: 'industry_trade' },
    { code: 'industry_trade.light_industry', name: '轻工', parentCode: 'industry_trade' },
  ],
  townships: [
    { code: '350881001', name: '菁城街道' },
    { code: '350881002', name: '桂林街道' },
    { code: '350881102', name: '永福镇' },
    { code: '350881200', name: '官田乡' },
  ],
  expertise: [
    { code: 'non_coal_mine', name: '非煤矿山' },
    { code: 'hazardous_chemicals', name: '危险化学品' },
    { code: 'fireworks', name: '烟花爆竹' },
    { code: 'industry_trade', name: '工贸' },
  ],
  units: [
    { code: 'zfdd', name: '应急管理综合行政执法大队' },
    { code: 'whg', name: '危险化学品安全监督管理股' },
    { code: 'fmg', name: '非煤矿山安全监督管理股' },
  ],
  objectTags: [
    { code: 'major_hazard_source', name: '重大危险源' },
    { code: 'above_scale', name: '规模以上企业' },
    { code: 'confined_space', name: '有限空间作业' },
  ],
};

/** The n-th valid USCC of a deterministic series (漳平 division). */
export function usccOf(n: number): string {
  return composeUscc({ authority: '9', entityType: '1', division: '350881', orgBody: `MA${String(n).padStart(6, '0')}` });
}

export const OBJECTS: ObjectRecord[] = [
  {
    uscc: usccOf(1),
    name: '漳平市菁城加油站有限公司',
    legalRepresentative: '陈明华',
    address: '漳平市菁城街道和平路88号',
    townshipCode: '350881001',
    sectorCode: 'hazardous_chemicals',
    subSectorCode: 'hazardous_chemicals.gas_station',
    riskClass: 'B',
    supervisionCategory: 'key',
    licenceNo: '闽岩漳安经（乙）字〔2024〕000123',
    licenceExpiry: '2027-06-30',
    status: 'operating',
    tags: ['major_hazard_source', 'above_scale'],
    lastInspectedOn: '2025-09-12',
  },
  {
    uscc: usccOf(2),
    name: '漳平市永福烟花爆竹零售店',
    legalRepresentative: '',
    address: '',
    townshipCode: '350881102',
    sectorCode: 'fireworks',
    subSectorCode: null,
    riskClass: 'D',
    supervisionCategory: 'general',
    licenceNo: null,
    licenceExpiry: null,
    status: 'suspended',
    tags: [],
    lastInspectedOn: null,
  },
  {
    uscc: usccOf(3),
    name: '=HYPERLINK("http://evil.example","点我")',
    legalRepresentative: '@SUM(1+1)',
    address: '-2+3 "带引号", 逗号\n换行',
    townshipCode: '350881200',
    sectorCode: 'industry_trade',
    subSectorCode: 'industry_trade.metallurgy',
    riskClass: 'A',
    supervisionCategory: 'general',
    licenceNo: '+86-0597',
    licenceExpiry: '2026-01-31',
    status: 'closed',
    tags: ['confined_space'],
    lastInspectedOn: '2026-11-25',
  },
];

export const INSPECTORS: InspectorRecord[] = [
  {
    name: '林志强',
    gender: 'male',
    certificateNo: '00350881010031',
    certificateExpiry: '2028-12-31',
    unitCode: 'zfdd',
    expertise: ['hazardous_chemicals', 'fireworks'],
    isExpert: false,
    status: 'on_duty',
    homeTownshipCode: '350881102',
    phone: '13859012345',
  },
  {
    name: '黄丽萍',
    gender: 'female',
    certificateNo: 'FJ-35088102-0007',
    certificateExpiry: '2026-11-25',
    unitCode: null,
    expertise: [],
    isExpert: true,
    status: 'on_leave',
    homeTownshipCode: null,
    phone: null,
  },
  {
    name: '=1+1',
    gender: null,
    certificateNo: '35088101009',
    certificateExpiry: '2027-03-01',
    unitCode: 'whg',
    expertise: ['industry_trade'],
    isExpert: false,
    status: 'transferred',
    homeTownshipCode: '350881001',
    phone: '0597-7531234',
  },
];

export const ITEMS: InspectionItemRecord[] = [
  {
    code: 'YJJ-02',
    name: '危险化学品企业安全生产监督检查',
    subItems: ['危险化学品安全生产（经营）许可证持证情况', '重大危险源辨识、登记和监控', '储存场所和储存方式'],
    legalBasis: '《中华人民共和国安全生产法》第六十五条；《危险化学品安全管理条例》第六条',
    category: 'general',
    ratioBp: 1000,
    frequency: '每年不超过1次',
    method: '现场检查',
    requiredExpertise: ['hazardous_chemicals'],
    applicableSectors: ['hazardous_chemicals'],
  },
  {
    code: 'YJJ-05',
    name: '重大事故隐患整改情况检查',
    subItems: [],
    legalBasis: '《中华人民共和国安全生产法》第七十条',
    category: 'key',
    ratioBp: null,
    frequency: '',
    method: '',
    requiredExpertise: [],
    applicableSectors: ['non_coal_mine', 'hazardous_chemicals.gas_station'],
  },
  {
    code: '007',
    name: '@cmd|calc',
    subItems: ['-1'],
    legalBasis: '+依据',
    category: 'general',
    ratioBp: 50,
    frequency: '每季度1次',
    method: '现场检查、书面检查',
    requiredExpertise: ['non_coal_mine', 'industry_trade'],
    applicableSectors: ['industry_trade.light_industry'],
  },
];
