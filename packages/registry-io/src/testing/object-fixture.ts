import { composeUscc } from '@liancha/domain';
import type { ObjectRecord, ReferenceData, RiskClass } from '../types.js';

/** The 漳平 reference lists (infra/demo) the generated objects use. */
export const BENCH_REFERENCE: ReferenceData = {
  sectors: [
    ['non_coal_mine', '非煤矿山', null],
    ['non_coal_mine.open_pit', '金属非金属露天矿山', 'non_coal_mine'],
    ['non_coal_mine.underground', '金属非金属地下矿山', 'non_coal_mine'],
    ['non_coal_mine.tailings_pond', '尾矿库', 'non_coal_mine'],
    ['hazardous_chemicals', '危险化学品', null],
    ['hazardous_chemicals.production', '危险化学品生产', 'hazardous_chemicals'],
    ['hazardous_chemicals.storage_trading', '危险化学品经营（带储存）', 'hazardous_chemicals'],
    ['hazardous_chemicals.trading', '危险化学品经营（不带储存）', 'hazardous_chemicals'],
    ['hazardous_chemicals.gas_station', '加油站', 'hazardous_chemicals'],
    ['fireworks', '烟花爆竹', null],
    ['fireworks.wholesale', '烟花爆竹批发', 'fireworks'],
    ['fireworks.retail', '烟花爆竹零售', 'fireworks'],
    ['industry_trade', '工贸', null],
    ['industry_trade.metallurgy', '冶金', 'industry_trade'],
    ['industry_trade.nonferrous', '有色', 'industry_trade'],
    ['industry_trade.building_materials', '建材', 'industry_trade'],
    ['industry_trade.machinery', '机械', 'industry_trade'],
    ['industry_trade.light_industry', '轻工', 'industry_trade'],
    ['industry_trade.textile', '纺织', 'industry_trade'],
    ['industry_trade.tobacco', '烟草', 'industry_trade'],
    ['industry_trade.commerce', '商贸', 'industry_trade'],
  ].map(([code, name, parentCode]) => ({ code: code!, name: name!, parentCode: parentCode ?? null })),
  townships: [
    ['350881001', '菁城街道'],
    ['350881002', '桂林街道'],
    ['350881100', '新桥镇'],
    ['350881101', '双洋镇'],
    ['350881102', '永福镇'],
    ['350881103', '溪南镇'],
    ['350881104', '和平镇'],
    ['350881105', '拱桥镇'],
    ['350881106', '象湖镇'],
    ['350881107', '赤水镇'],
    ['350881108', '芦芝镇'],
    ['350881109', '西园镇'],
    ['350881110', '南洋镇'],
    ['350881200', '官田乡'],
    ['350881201', '吾祠乡'],
    ['350881202', '灵地乡'],
  ].map(([code, name]) => ({ code: code!, name: name! })),
  expertise: [],
  units: [],
  objectTags: [
    ['major_hazard_source', '重大危险源'],
    ['dust_explosion', '粉尘涉爆'],
    ['ammonia_refrigeration', '涉氨制冷'],
    ['confined_space', '有限空间作业'],
    ['metal_smelting', '金属冶炼'],
    ['above_scale', '规模以上企业'],
  ].map(([code, name]) => ({ code: code!, name: name! })),
};

/** mulberry32: a tiny seeded generator, so every run builds the same file. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = '陈林黄张李王吴刘蔡杨郑谢郭洪邱曾廖赖徐周';
const GIVEN = ['明华', '志强', '丽萍', '建国', '秀英', '国平', '海燕', '文斌', '春生', '金水', '永福', '德林'];
const TRADES = ['鑫源', '恒达', '永安', '闽西', '兴旺', '宏泰', '华盛', '福达', '金山', '瑞丰', '九鹏', '利民'];
const ENDINGS = ['有限公司', '有限责任公司', '加油站', '经营部', '商行', '矿业有限公司', '化工有限公司'];
const STREETS = ['和平路', '解放路', '九一北路', '菁华路', '桂林路', '新华路'];
const ORG_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** `count` valid, distinct objects with realistic values. */
export function generateObjects(count: number): ObjectRecord[] {
  const rand = seeded(350881);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const subs = BENCH_REFERENCE.sectors.filter((s) => s.parentCode !== null);
  const risks: RiskClass[] = ['A', 'B', 'B', 'B', 'C', 'C', 'D'];
  const objects: ObjectRecord[] = [];
  for (let i = 0; i < count; i++) {
    // The serial number is spelled in the USCC alphabet, so every code is distinct.
    let orgBody = '';
    for (let n = i, k = 0; k < 7; k++, n = Math.floor(n / 31)) orgBody = ORG_CHARS[n % 31] + orgBody;
    const sub = pick(subs);
    const township = pick(BENCH_REFERENCE.townships);
    const hasLicence = sub.parentCode !== 'industry_trade';
    const year = 2020 + Math.floor(rand() * 6);
    objects.push({
      uscc: composeUscc({ authority: '9', entityType: '1', division: '350881', orgBody: `M${orgBody}` }),
      name: `漳平市${township.name.replace(/(街道|镇|乡)$/, '')}${pick(TRADES)}${sub.name}${pick(ENDINGS)}`,
      legalRepresentative: pick([...SURNAMES]) + pick(GIVEN),
      address: `漳平市${township.name}${pick(STREETS)}${1 + Math.floor(rand() * 300)}号`,
      townshipCode: township.code,
      sectorCode: sub.parentCode!,
      subSectorCode: sub.code,
      riskClass: pick(risks),
      supervisionCategory: rand() < 0.15 ? 'key' : 'general',
      licenceNo: hasLicence ? `闽岩漳安经（乙）字〔${year}〕${String(i).padStart(6, '0')}` : null,
      licenceExpiry: hasLicence ? `${year + 3}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-28` : null,
      status: rand() < 0.9 ? 'operating' : rand() < 0.5 ? 'suspended' : 'closed',
      tags: rand() < 0.3 ? [pick(BENCH_REFERENCE.objectTags).code] : [],
      lastInspectedOn: rand() < 0.6 ? `2025-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-15` : null,
    });
  }
  return objects;
}
