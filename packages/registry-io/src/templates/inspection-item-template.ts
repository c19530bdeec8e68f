import { FREQUENCY_CAP_PER_YEAR, RATIO_FLOOR_BP } from '@liancha/domain';
import { formatRatio, parseRatio, splitSubItems } from '../cell-parsers.js';
import type { RowReader } from '../row-reader.js';
import type { InspectionItemRecord } from '../types.js';
import { ITEM_CATEGORY, wordFor } from '../vocabulary.js';
import type { RegistryTemplate, RowEnv } from './column.js';
import { openCodes, parseWord, resolveCodes } from './resolve.js';

/**
 * 随机抽查事项清单: the Zhejiang public list (编号, 抽查事项名称, 抽查子项, 抽查依据, 抽查比例,
 * 抽查频次, 抽查方式, 检查人员要求) with 沂水's 事项类别（一般/重点） and the sectors the item
 * applies to (domain-research §3.3). 检查人员要求 holds the expertise an inspector needs,
 * as expertise names or codes.
 */
export const inspectionItemTemplate: RegistryTemplate<'inspectionItem'> = {
  kind: 'inspectionItem',
  title: '随机抽查事项清单',
  sheetName: '随机抽查事项清单',
  keyField: 'code',
  columns: [
    {
      field: 'code',
      header: '编号',
      required: true,
      type: 'text',
      textFormat: true,
      width: 10,
      aliases: ['事项编号', '事项编码', '抽查事项编号', '编码'],
      hint: '本部门内唯一',
      example: 'YJJ-02',
    },
    {
      field: 'name',
      header: '抽查事项名称',
      required: true,
      type: 'text',
      width: 30,
      aliases: ['抽查事项', '检查事项', '事项名称', '检查事项名称', '联合抽查事项', '随机抽查事项'],
      hint: '',
      example: '危险化学品企业安全生产监督检查',
    },
    {
      field: 'subItems',
      header: '抽查子项',
      required: false,
      type: 'text',
      width: 40,
      aliases: ['检查子项', '子项', '抽查内容', '检查内容', '检查内容（项目）'],
      hint: '多个子项用分号或换行分隔（子项内可含逗号、顿号）',
      example: '重大危险源辨识、登记和监控；储存场所和储存方式',
    },
    {
      field: 'legalBasis',
      header: '抽查依据',
      required: true,
      type: 'text',
      width: 40,
      aliases: ['检查依据', '实施依据', '法律依据', '依据'],
      hint: '',
      example: '《中华人民共和国安全生产法》第六十五条；《危险化学品安全管理条例》第六条',
    },
    {
      field: 'category',
      header: '事项类别',
      required: true,
      type: 'text',
      width: 10,
      aliases: ['事项类别（一般/重点）', '类别', '检查事项类别', '一般/重点'],
      hint: '一般或重点',
      example: '一般',
    },
    {
      field: 'ratioBp',
      header: '抽查比例',
      required: false,
      type: 'ratio',
      width: 10,
      aliases: ['比例', '抽查比例（%）'],
      hint: '百分数，如10%、0.5%或“不低于5%”；重点事项可不填',
      example: formatRatio(RATIO_FLOOR_BP),
    },
    {
      field: 'frequency',
      header: '抽查频次',
      required: false,
      type: 'text',
      width: 16,
      aliases: ['频次', '检查频次', '检查频次和上限'],
      hint: '',
      example: `每年不超过${FREQUENCY_CAP_PER_YEAR}次`,
    },
    { field: 'method', header: '抽查方式', required: false, type: 'text', width: 14, aliases: ['检查方式', '方式'], hint: '', example: '现场检查' },
    {
      field: 'requiredExpertise',
      header: '检查人员要求',
      required: false,
      type: 'text',
      width: 20,
      aliases: ['执法人员要求', '执法领域要求', '所需执法领域', '专长要求'],
      hint: '检查人员须具备的执法领域，多个用顿号分隔，见“可选值”',
      example: '危险化学品',
    },
    {
      field: 'applicableSectors',
      header: '适用行业',
      required: false,
      type: 'text',
      width: 20,
      aliases: ['适用行业领域', '行业领域', '抽查领域', '适用领域'],
      hint: '行业领域或细分行业，多个用顿号分隔',
      example: '危险化学品',
    },
  ],

  parseRow(r: RowReader, env: RowEnv): InspectionItemRecord {
    const ref = env.reference;
    return {
      code: r.required('code').normalize('NFKC'),
      name: r.required('name'),
      subItems: splitSubItems(r.text('subItems')),
      legalBasis: r.required('legalBasis'),
      category: r.parse('category', (t) => parseWord(ITEM_CATEGORY, t, r.header('category')), 'general', r.required('category')),
      ratioBp: r.parse('ratioBp', (t) => parseRatio(t, r.header('ratioBp')), null),
      frequency: r.text('frequency'),
      method: r.text('method'),
      requiredExpertise: openCodes(r, 'requiredExpertise', ref.expertise, 'expertise', '执法领域'),
      applicableSectors: r.parse('applicableSectors', (t) => resolveCodes(ref.sectors, t, '行业领域'), []),
    };
  },

  toCells(item, ref) {
    return [
      item.code,
      item.name,
      item.subItems.join('；'),
      item.legalBasis,
      wordFor(ITEM_CATEGORY, item.category),
      item.ratioBp === null ? '' : formatRatio(item.ratioBp),
      item.frequency,
      item.method,
      item.requiredExpertise.map((code) => ref.expertise.nameOf(code)).join('、'),
      item.applicableSectors.map((code) => ref.sectors.nameOf(code)).join('、'),
    ];
  },
};
