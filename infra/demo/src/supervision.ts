import type { Rng } from './rng.js';
import type { AgencyCode, DemoObject, DemoSupervision } from './types.js';

/**
 * Which partner supervises an object, by sub-sector: 1 = always, a fraction = that share.
 * 应急局 supervises every object; partners cover what their own law gives them.
 */
const PARTNER_SHARE: Readonly<Record<Exclude<AgencyCode, 'yjj'>, Readonly<Record<string, number>>>> = {
  // 市场监管: 危化 and 烟花爆竹 (products, gas-pump meters) and the 工贸 firms with special equipment.
  scj: {
    hazardous_chemicals: 1,
    fireworks: 1,
    'industry_trade.metallurgy': 0.9,
    'industry_trade.nonferrous': 0.9,
    'industry_trade.building_materials': 0.7,
    'industry_trade.machinery': 0.8,
    'industry_trade.light_industry': 0.5,
    'industry_trade.textile': 0.5,
    'industry_trade.tobacco': 1,
    'industry_trade.commerce': 0.4,
  },
  // 消防: every flammable or explosive site, plus crowded or combustible 工贸 premises.
  xf: {
    hazardous_chemicals: 1,
    fireworks: 1,
    'industry_trade.commerce': 0.8,
    'industry_trade.light_industry': 0.4,
    'industry_trade.textile': 0.6,
    'industry_trade.tobacco': 1,
    'industry_trade.metallurgy': 0.2,
    'industry_trade.nonferrous': 0.2,
    'industry_trade.building_materials': 0.2,
    'industry_trade.machinery': 0.2,
  },
  // 生态环境: mines, chemicals, and the polluting part of 工贸.
  sthj: {
    non_coal_mine: 1,
    hazardous_chemicals: 1,
    'industry_trade.metallurgy': 1,
    'industry_trade.nonferrous': 1,
    'industry_trade.building_materials': 0.8,
    'industry_trade.machinery': 0.3,
    'industry_trade.light_industry': 0.4,
    'industry_trade.textile': 0.5,
    'industry_trade.tobacco': 0.3,
    'industry_trade.commerce': 0.05,
  },
};

const DOMAIN_TAG: Readonly<Record<AgencyCode, string>> = { yjj: 'work_safety', scj: 'market_safety', xf: 'fire_prevention', sthj: 'eco_environment' };

function shareFor(agency: Exclude<AgencyCode, 'yjj'>, object: DemoObject): number {
  const table = PARTNER_SHARE[agency];
  return table[object.subSectorCode] ?? table[object.sectorCode] ?? 0;
}

/** object_supervision rows: 应急局 for all, partners by share (decided per object, in object order). */
export function generateSupervisions(rng: Rng, objects: readonly DemoObject[]): DemoSupervision[] {
  const rows: DemoSupervision[] = [];
  for (const object of objects) {
    rows.push({ uscc: object.uscc, agencyCode: 'yjj' });
    for (const agency of ['scj', 'xf', 'sthj'] as const) {
      const share = shareFor(agency, object);
      if (share >= 1 || (share > 0 && rng.chance(share))) rows.push({ uscc: object.uscc, agencyCode: agency });
    }
  }
  return rows;
}

/** The object_domain tags follow from who supervises the object. */
export function withDomainTags(objects: readonly DemoObject[], supervisions: readonly DemoSupervision[]): DemoObject[] {
  const byObject = new Map<string, AgencyCode[]>();
  for (const s of supervisions) byObject.set(s.uscc, [...(byObject.get(s.uscc) ?? []), s.agencyCode]);
  return objects.map((object) => ({ ...object, tags: [...object.tags, ...(byObject.get(object.uscc) ?? []).map((agency) => DOMAIN_TAG[agency])] }));
}
