import { composeUscc, validateUscc } from '@liancha/domain';
import { parseDate, parseExpiry } from '../cell-parsers.js';
import type { RowReader } from '../row-reader.js';
import type { ObjectRecord, SectorEntry } from '../types.js';
import { OBJECT_STATUS, RISK_CLASS, SUPERVISION_CATEGORY, wordFor } from '../vocabulary.js';
import type { RegistryTemplate, RowEnv } from './column.js';
import { openCodes, parseWord, resolveCode, unknownMessage } from './resolve.js';

const EXAMPLE_USCC = composeUscc({ authority: '9', entityType: '1', division: '350881', orgBody: 'MA31XK7Q' });

/**
 * 检查对象名录库: the safety-sector columns of domain-research §3.1 (镇平县 minimum plus
 * sector, township, risk, key/general, licence, status, last inspection).
 */
export const objectTemplate: RegistryTemplate<'object'> = {
  kind: 'object',
  title: '检查对象名录库',
  sheetName: '检查对象名录库',
  keyField: 'uscc',
  columns: [
    {
      field: 'uscc',
      header: '统一社会信用代码',
      required: true,
      type: 'text',
      textFormat: true,
      width: 22,
      aliases: ['统一社会信用代码（注册号）', '统一社会信用代码/注册号', '注册号/统一社会信用代码', '统一信用代码', '社会信用代码', '信用代码', 'USCC'],
      hint: '18位，数字或大写字母（不含I、O、Z、S、V），按GB 32100校验；请将本列设为文本格式',
      example: EXAMPLE_USCC,
    },
    {
      field: 'name',
      header: '企业名称',
      required: true,
      type: 'text',
      width: 32,
      aliases: ['单位名称', '企业（机构）名称', '市场主体名称', '检查对象名称', '对象名称', '生产经营单位名称', '名称'],
      hint: '营业执照上的名称',
      example: '漳平市菁城加油站有限公司',
    },
    {
      field: 'legalRepresentative',
      header: '法定代表人',
      required: false,
      type: 'text',
      width: 12,
      aliases: ['法定代表人（负责人）', '法定代表人/负责人', '法人代表', '法人', '负责人', '主要负责人'],
      hint: '',
      example: '陈明华',
    },
    {
      field: 'address',
      header: '注册地址',
      required: false,
      type: 'text',
      width: 36,
      aliases: ['地址', '住所', '住所地址', '经营地址', '生产经营地址', '企业地址', '详细地址'],
      hint: '',
      example: '漳平市菁城街道和平路88号',
    },
    {
      field: 'townshipCode',
      header: '属地乡镇（街道）',
      required: true,
      type: 'text',
      width: 14,
      aliases: ['属地乡镇', '乡镇（街道）', '所属乡镇', '所属乡镇（街道）', '乡镇', '乡镇街道', '属地'],
      hint: '乡镇（街道）名称或代码，见“可选值”',
      example: '菁城街道',
    },
    {
      field: 'sectorCode',
      header: '行业领域',
      required: true,
      type: 'text',
      width: 14,
      aliases: ['行业', '行业类别', '所属行业', '监管行业', '行业分类', '领域'],
      hint: '行业领域名称或代码，如非煤矿山、危险化学品、烟花爆竹、工贸',
      example: '危险化学品',
    },
    {
      field: 'subSectorCode',
      header: '细分行业',
      required: false,
      type: 'text',
      width: 20,
      aliases: ['行业小类', '子行业', '细分领域', '行业细类'],
      hint: '须属于所填行业领域',
      example: '加油站',
    },
    {
      field: 'riskClass',
      header: '风险等级',
      required: true,
      type: 'text',
      width: 10,
      aliases: ['风险分类', '信用风险分类', '信用风险等级', '风险类别', '安全风险等级'],
      hint: 'A、B、C、D（A风险最低）；也可填低风险/一般风险/较高风险/高风险，或蓝/黄/橙/红',
      example: 'B',
    },
    {
      field: 'supervisionCategory',
      header: '重点/一般',
      required: false,
      type: 'text',
      width: 10,
      aliases: ['监管类别', '重点或一般', '是否重点', '是否重点监管', '重点/一般监管', '监管类型'],
      hint: '重点或一般，不填为一般',
      example: '一般',
    },
    {
      field: 'licenceNo',
      header: '许可证号',
      required: false,
      type: 'text',
      textFormat: true,
      width: 26,
      aliases: ['许可证编号', '许可证号码', '安全生产许可证号', '经营许可证号', '证照编号'],
      hint: '',
      example: '闽岩漳安经（乙）字〔2024〕000123',
    },
    {
      field: 'licenceExpiry',
      header: '许可证有效期',
      required: false,
      type: 'date',
      width: 14,
      aliases: ['许可证有效期至', '许可证到期日期', '许可证有效期限', '有效期', '有效期至'],
      hint: '到期日期，如2027-06-30',
      example: '2027-06-30',
    },
    {
      field: 'status',
      header: '经营状态',
      required: false,
      type: 'text',
      width: 10,
      aliases: ['状态', '企业状态', '生产经营状态', '登记状态', '营业状态'],
      hint: '在营、停产或关闭，不填为在营',
      example: '在营',
    },
    {
      field: 'tags',
      header: '标签',
      required: false,
      type: 'text',
      width: 24,
      aliases: ['分类标签', '分类标注', '企业标签'],
      hint: '多个用顿号、逗号或换行分隔，见“可选值”',
      example: '重大危险源、规模以上企业',
    },
    {
      field: 'lastInspectedOn',
      header: '上次检查日期',
      required: false,
      type: 'date',
      width: 14,
      aliases: ['最近检查日期', '最后检查日期', '上次抽查日期', '最近一次检查日期'],
      hint: '不得晚于今天',
      example: '2025-09-12',
    },
  ],

  parseRow(r: RowReader, env: RowEnv): ObjectRecord {
    const ref = env.reference;
    const usccText = r.required('uscc');
    let uscc = '';
    if (usccText !== '') {
      const checked = validateUscc(usccText);
      if (checked.ok) uscc = checked.uscc;
      else r.fail('uscc', checked.fault.message, usccText);
    }

    const { sectorCode, subSectorCode } = parseSectors(r, env);
    const lastInspectedOn = r.parse('lastInspectedOn', (t) => parseDate(t, r.header('lastInspectedOn')), null);
    if (lastInspectedOn !== null && lastInspectedOn > env.today) {
      r.fail('lastInspectedOn', `上次检查日期${lastInspectedOn}晚于今天（${env.today}），请核对`, r.raw('lastInspectedOn'));
    }
    return {
      uscc,
      name: r.required('name'),
      legalRepresentative: r.text('legalRepresentative'),
      address: r.text('address'),
      townshipCode: r.parse('townshipCode', (t) => resolveCode(ref.townships, t, '乡镇（街道）'), '', r.required('townshipCode')),
      sectorCode,
      subSectorCode,
      riskClass: r.parse('riskClass', (t) => parseWord(RISK_CLASS, t, r.header('riskClass')), 'A', r.required('riskClass')),
      supervisionCategory: r.parse('supervisionCategory', (t) => parseWord(SUPERVISION_CATEGORY, t, r.header('supervisionCategory')), 'general'),
      licenceNo: r.text('licenceNo') || null,
      licenceExpiry: r.parse('licenceExpiry', (t) => parseExpiry(t, r.header('licenceExpiry')), null),
      status: r.parse('status', (t) => parseWord(OBJECT_STATUS, t, r.header('status')), 'operating'),
      tags: openCodes(r, 'tags', ref.objectTags, 'objectTag', '标签'),
      lastInspectedOn,
    };
  },

  toCells(o, ref) {
    return [
      o.uscc,
      o.name,
      o.legalRepresentative,
      o.address,
      ref.townships.nameOf(o.townshipCode),
      ref.sectors.nameOf(o.sectorCode),
      o.subSectorCode === null ? '' : ref.sectors.nameOf(o.subSectorCode),
      wordFor(RISK_CLASS, o.riskClass),
      wordFor(SUPERVISION_CATEGORY, o.supervisionCategory),
      o.licenceNo ?? '',
      o.licenceExpiry ?? '',
      wordFor(OBJECT_STATUS, o.status),
      o.tags.map((code) => ref.objectTags.nameOf(code)).join('、'),
      o.lastInspectedOn ?? '',
    ];
  },
};

/**
 * 行业领域 names a main sector (a closed list: unknown is a fault); 细分行业 one of its sub-sectors
 * (an open list: unknown is a proposal). A sub-sector written in
 * 行业领域 with 细分行业 left blank is accepted as both (people often fill only the finer one).
 */
function parseSectors(r: RowReader, env: RowEnv): { sectorCode: string; subSectorCode: string | null } {
  const sectors = env.reference.sectors;
  const sectorText = r.required('sectorCode');
  const subText = r.text('subSectorCode');
  let sectorCode = '';
  let subSectorCode: string | null = null;
  if (sectorText !== '') {
    const found = sectors.find(sectorText);
    const main = found.filter((s) => s.parentCode === null);
    const subs = found.filter((s) => s.parentCode !== null);
    if (main.length === 1) sectorCode = main[0]!.code;
    else if (main.length === 0 && subs.length === 1 && subText === '') {
      sectorCode = subs[0]!.parentCode!;
      subSectorCode = subs[0]!.code;
    } else if (found.length === 0) {
      r.fail(
        'sectorCode',
        unknownMessage(
          [sectorText],
          '行业领域',
          sectors.names((s) => s.parentCode === null),
        ),
        sectorText,
      );
    } else r.fail('sectorCode', `“${sectorText}”不是行业领域，请填写行业领域（如危险化学品），细分行业填在“细分行业”列`, sectorText);
  }
  if (subText !== '' && sectorCode !== '') {
    const found = sectors.find(subText);
    const child = found.find((s: SectorEntry) => s.parentCode === sectorCode);
    if (child) subSectorCode = child.code;
    // A word the agency's own files use for a sub-sector: proposed, mapped or created by the importer.
    else if (found.length === 0) r.propose('subSectorCode', 'subSector', subText, sectorCode);
    else r.fail('subSectorCode', `细分行业“${subText}”不属于行业领域“${sectors.nameOf(sectorCode)}”，请核对`, subText);
  }
  return { sectorCode, subSectorCode };
}
