import { FREQUENCY_CAP_PER_YEAR, RATIO_FLOOR_BP } from '@liancha/domain';
import type { ItemFields } from '@liancha/domain';
import type { AgencyCode, DemoInspectionItem } from './types.js';

type ItemRule = Pick<ItemFields, 'category' | 'ratioBp' | 'frequency'>;
/** code, name, sub-items, legal basis, method, required expertise, applicable sectors, and the rule when not GENERAL. */
type ItemRow = [
  code: string,
  name: string,
  subItems: string[],
  legalBasis: string,
  method: string,
  requiredExpertise: string[],
  applicableSectors: string[],
  rule?: ItemRule,
];

// The seed's rules: ≥10 % of general units a year, at most once a year per enterprise.
const GENERAL: ItemRule = { category: 'general', ratioBp: RATIO_FLOOR_BP, frequency: `每年不超过${FREQUENCY_CAP_PER_YEAR}次` };
// 重大事故隐患: no cap, and a re-inspection until the rectification is done.
const KEY: ItemRule = { category: 'key', ratioBp: null, frequency: '每年不少于1次，发现重大事故隐患的复查至整改完成' };
const ALL_SECTORS = ['non_coal_mine', 'hazardous_chemicals', 'fireworks', 'industry_trade'];

/**
 * 随机抽查事项清单 per agency. 应急局 has one general item per sector (the seed's
 * ≥10% of general units, at most once a year) and one key item for 重大事故隐患;
 * each partner brings the items it inspects in a joint check.
 */
const ITEM_ROWS: Readonly<Record<AgencyCode, readonly ItemRow[]>> = {
  yjj: [
    [
      'YJJ-01',
      '非煤矿山企业安全生产监督检查',
      [
        '安全生产许可证持证情况',
        '安全管理机构设置和安全管理人员配备',
        '露天采场边坡和台阶管理',
        '地下矿山通风、提升和排水系统',
        '尾矿库运行和监测',
        '应急救援预案编制和演练',
      ],
      '《中华人民共和国安全生产法》第六十五条；《中华人民共和国矿山安全法》；《非煤矿矿山企业安全生产许可证实施办法》',
      '现场检查',
      ['non_coal_mine'],
      ['non_coal_mine'],
    ],
    [
      'YJJ-02',
      '危险化学品企业安全生产监督检查',
      [
        '危险化学品安全生产（经营）许可证持证情况',
        '重大危险源辨识、登记和监控',
        '储存场所和储存方式',
        '特殊作业安全管理',
        '安全风险分级管控和隐患排查治理双重预防机制',
      ],
      '《中华人民共和国安全生产法》第六十五条；《危险化学品安全管理条例》第六条；《危险化学品经营许可证管理办法》',
      '现场检查',
      ['hazardous_chemicals'],
      ['hazardous_chemicals'],
    ],
    [
      'YJJ-03',
      '烟花爆竹经营单位安全生产监督检查',
      ['烟花爆竹经营（批发/零售）许可证持证情况', '仓库和零售场所安全距离', '储存限量和分类存放', '进货查验和流向登记'],
      '《中华人民共和国安全生产法》第六十五条；《烟花爆竹安全管理条例》第四条；《烟花爆竹经营许可实施办法》',
      '现场检查',
      ['fireworks'],
      ['fireworks'],
    ],
    [
      'YJJ-04',
      '工贸企业安全生产监督检查',
      ['安全生产责任制和规章制度', '粉尘防爆安全管理', '有限空间作业安全管理', '涉氨制冷安全管理', '金属冶炼安全管理', '安全生产教育培训'],
      '《中华人民共和国安全生产法》第六十五条；《工贸企业粉尘防爆安全规定》；《工贸企业有限空间作业安全规定》',
      '现场检查',
      ['industry_trade'],
      ['industry_trade'],
    ],
    [
      'YJJ-05',
      '生产安全事故应急预案管理情况检查',
      ['应急预案编制和评审', '应急预案备案', '应急演练和评估', '应急物资和装备配备'],
      '《中华人民共和国安全生产法》第八十一条；《生产安全事故应急条例》；《生产安全事故应急预案管理办法》',
      '现场检查、书面检查',
      [],
      ALL_SECTORS,
    ],
    [
      'YJJ-06',
      '重大事故隐患排查治理情况检查',
      ['事故隐患排查治理制度建立和落实', '重大事故隐患判定', '重大事故隐患“五落实”整改', '隐患排查治理情况报告'],
      '《中华人民共和国安全生产法》第四十一条、第七十条；《安全生产事故隐患排查治理暂行规定》；《工贸企业重大事故隐患判定标准》',
      '现场检查',
      [],
      ALL_SECTORS,
      KEY,
    ],
  ],
  scj: [
    [
      'SCJ-01',
      '特种设备使用单位监督检查',
      ['特种设备使用登记', '定期检验', '作业人员持证上岗', '安全技术档案'],
      '《中华人民共和国特种设备安全法》第五十七条、第六十一条',
      '现场检查',
      ['special_equipment'],
      ['hazardous_chemicals', 'industry_trade'],
    ],
    [
      'SCJ-02',
      '工业产品质量监督检查',
      ['工业产品生产许可证获证条件保持', '产品标识标注', '出厂检验记录'],
      '《中华人民共和国产品质量法》第十五条；《中华人民共和国工业产品生产许可证管理条例》',
      '现场检查、抽样检验',
      ['product_quality'],
      ['hazardous_chemicals', 'fireworks', 'industry_trade'],
    ],
    [
      'SCJ-03',
      '加油机计量监督检查',
      ['计量器具强制检定', '加油机铅封和防作弊'],
      '《中华人民共和国计量法》第九条；《加油站计量监督管理办法》',
      '现场检查',
      ['product_quality'],
      ['hazardous_chemicals'],
    ],
  ],
  xf: [
    [
      'XF-01',
      '单位消防安全检查',
      ['消防安全责任制落实', '消防设施、器材配置和完好', '疏散通道、安全出口畅通', '消防安全培训和演练'],
      '《中华人民共和国消防法》第十六条、第五十三条；《消防监督检查规定》',
      '现场检查',
      ['fire_safety'],
      ['hazardous_chemicals', 'fireworks', 'industry_trade'],
    ],
    [
      'XF-02',
      '易燃易爆场所消防安全检查',
      ['防火间距和防爆措施', '电气线路和用火用电管理', '专职（志愿）消防队和应急处置'],
      '《中华人民共和国消防法》第十九条、第二十三条、第五十三条',
      '现场检查',
      ['fire_safety'],
      ['hazardous_chemicals', 'fireworks'],
    ],
  ],
  sthj: [
    [
      'STHJ-01',
      '排污许可执行情况检查',
      ['持证排污和许可事项落实', '自行监测和台账记录', '执行报告提交'],
      '《中华人民共和国环境保护法》第二十四条、第四十五条；《排污许可管理条例》',
      '现场检查、书面检查',
      ['environment'],
      ['non_coal_mine', 'hazardous_chemicals', 'industry_trade'],
    ],
    [
      'STHJ-02',
      '危险废物规范化环境管理检查',
      ['危险废物识别标志', '贮存设施', '转移联单', '管理计划和台账'],
      '《中华人民共和国固体废物污染环境防治法》第七十七条、第七十八条',
      '现场检查',
      ['environment'],
      ['hazardous_chemicals', 'industry_trade'],
    ],
    [
      'STHJ-03',
      '矿山生态环境保护和污染防治检查',
      ['环境影响评价和“三同时”执行', '扬尘和废水污染防治', '矿山生态修复'],
      '《中华人民共和国环境影响评价法》；《建设项目环境保护管理条例》第十五条',
      '现场检查',
      ['environment'],
      ['non_coal_mine'],
    ],
  ],
};

export const INSPECTION_ITEMS: readonly DemoInspectionItem[] = Object.entries(ITEM_ROWS).flatMap(([agencyCode, rows]) =>
  rows.map(([code, name, subItems, legalBasis, method, requiredExpertise, applicableSectors, rule = GENERAL]) => ({
    agencyCode: agencyCode as AgencyCode,
    code,
    name,
    subItems,
    legalBasis,
    ...rule,
    method,
    requiredExpertise,
    applicableSectors,
  })),
);
