import type { DemoTag } from './types.js';

/**
 * 分类标注 as the seed asks: objects by 行业/领域/种类, inspectors by 职能/执法种类/执法专长.
 * Codes are unique across dimensions so an object's `tags` array needs no prefix.
 * Expertise codes are the sector codes (plus each partner's own fields), so an item's
 * required_expertise matches an inspector's expertise directly.
 */
export const TAGS: readonly DemoTag[] = [
  { dimension: 'object_industry', code: 'mining', name: '采矿业' },
  { dimension: 'object_industry', code: 'manufacturing', name: '制造业' },
  { dimension: 'object_industry', code: 'wholesale_retail', name: '批发和零售业' },
  { dimension: 'object_industry', code: 'logistics', name: '交通运输、仓储和邮政业' },

  { dimension: 'object_domain', code: 'work_safety', name: '安全生产' },
  { dimension: 'object_domain', code: 'market_safety', name: '特种设备与产品质量' },
  { dimension: 'object_domain', code: 'fire_prevention', name: '消防安全' },
  { dimension: 'object_domain', code: 'eco_environment', name: '生态环境' },

  { dimension: 'object_kind', code: 'major_hazard_source', name: '重大危险源' },
  { dimension: 'object_kind', code: 'dust_explosion', name: '粉尘涉爆' },
  { dimension: 'object_kind', code: 'ammonia_refrigeration', name: '涉氨制冷' },
  { dimension: 'object_kind', code: 'confined_space', name: '有限空间作业' },
  { dimension: 'object_kind', code: 'metal_smelting', name: '金属冶炼' },
  { dimension: 'object_kind', code: 'above_scale', name: '规模以上企业' },

  { dimension: 'inspector_function', code: 'supervision', name: '行业监管' },
  { dimension: 'inspector_function', code: 'enforcement', name: '综合执法' },
  { dimension: 'inspector_function', code: 'technical_support', name: '技术支撑' },

  { dimension: 'inspector_enforcement_kind', code: 'work_safety_enforcement', name: '安全生产执法' },
  { dimension: 'inspector_enforcement_kind', code: 'market_enforcement', name: '市场监管执法' },
  { dimension: 'inspector_enforcement_kind', code: 'fire_enforcement', name: '消防监督执法' },
  { dimension: 'inspector_enforcement_kind', code: 'environment_enforcement', name: '生态环境执法' },

  { dimension: 'inspector_expertise', code: 'non_coal_mine', name: '非煤矿山' },
  { dimension: 'inspector_expertise', code: 'hazardous_chemicals', name: '危险化学品' },
  { dimension: 'inspector_expertise', code: 'fireworks', name: '烟花爆竹' },
  { dimension: 'inspector_expertise', code: 'industry_trade', name: '工贸' },
  { dimension: 'inspector_expertise', code: 'special_equipment', name: '特种设备' },
  { dimension: 'inspector_expertise', code: 'product_quality', name: '产品质量' },
  { dimension: 'inspector_expertise', code: 'fire_safety', name: '消防安全' },
  { dimension: 'inspector_expertise', code: 'environment', name: '生态环境' },
];
