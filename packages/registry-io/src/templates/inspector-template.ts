import { parseExpiry, parsePhone } from '../cell-parsers.js';
import type { RowReader } from '../row-reader.js';
import type { InspectorRecord } from '../types.js';
import { GENDER, INSPECTOR_STATUS, YES_NO, wordFor } from '../vocabulary.js';
import type { RegistryTemplate, RowEnv } from './column.js';
import { openCode, openCodes, parseWord, resolveCode } from './resolve.js';

/**
 * 执法检查人员名录库: 镇平县's minimum (姓名, 执法证号, 执法领域) plus the Zhejiang template's
 * 性别, 手机号, 所在业务部门（机构）, 专家, 执法证有效期, 执法人员状态 (domain-research §3.2),
 * and 属地乡镇 for home-area 回避.
 */
export const inspectorTemplate: RegistryTemplate<'inspector'> = {
  kind: 'inspector',
  title: '执法检查人员名录库',
  sheetName: '执法检查人员名录库',
  keyField: 'certificateNo',
  columns: [
    {
      field: 'name',
      header: '姓名',
      required: true,
      type: 'text',
      width: 10,
      aliases: ['执法人员姓名', '检查人员姓名', '人员姓名'],
      hint: '',
      example: '林志强',
    },
    { field: 'gender', header: '性别', required: false, type: 'text', width: 6, aliases: [], hint: '男或女', example: '男' },
    {
      field: 'certificateNo',
      header: '执法证号',
      required: true,
      type: 'text',
      textFormat: true,
      width: 16,
      aliases: ['执法证编号', '执法证件号', '执法证件号码', '执法证件编号', '行政执法证号', '行政执法证件号', '省政府执法证编号', '证号'],
      hint: '行政执法证件号码，请将本列设为文本格式以保留开头的0',
      example: '35088101003',
    },
    {
      field: 'certificateExpiry',
      header: '执法证有效期',
      required: true,
      type: 'date',
      width: 14,
      aliases: ['执法证有效期至', '执法证到期日期', '执法证件有效期', '省政府执法证有效期', '有效期', '有效期至'],
      hint: '到期日期，已过期的证件不能导入',
      example: '2028-12-31',
    },
    {
      field: 'unitCode',
      header: '所在业务部门（机构）',
      required: false,
      type: 'text',
      width: 22,
      aliases: ['所属部门', '所属股室', '所在股室', '股室', '科室', '所在科室', '业务部门', '部门', '所属机构', '所在部门'],
      hint: '本部门的股室（中心）名称或代码，见“可选值”',
      example: '应急管理综合行政执法大队',
    },
    {
      field: 'expertise',
      header: '执法领域',
      required: false,
      type: 'text',
      width: 24,
      aliases: ['执法专长', '专长', '执法专业', '专业领域', '业务专长', '执法领域（专长）'],
      hint: '多个用顿号、逗号或换行分隔，见“可选值”',
      example: '危险化学品、烟花爆竹',
    },
    {
      field: 'isExpert',
      header: '是否专家',
      required: false,
      type: 'text',
      width: 10,
      aliases: ['专家', '是否为专家'],
      hint: '是或否，不填为否；专家不计入两名执法人员',
      example: '否',
    },
    {
      field: 'status',
      header: '执法人员状态',
      required: false,
      type: 'text',
      width: 12,
      aliases: ['人员状态', '在岗状态', '状态'],
      hint: '在岗、休假或调离，不填为在岗',
      example: '在岗',
    },
    {
      field: 'homeTownshipCode',
      header: '属地乡镇',
      required: false,
      type: 'text',
      width: 14,
      aliases: ['属地乡镇（街道）', '居住乡镇', '居住乡镇（街道）', '所在乡镇', '户籍所在乡镇', '乡镇（街道）'],
      hint: '本人居住或原籍的乡镇（街道），用于属地回避',
      example: '永福镇',
    },
    {
      field: 'phone',
      header: '手机号',
      required: false,
      type: 'text',
      textFormat: true,
      width: 14,
      aliases: ['手机号码', '手机', '联系电话', '电话', '联系方式'],
      hint: '11位手机号或带区号的固定电话',
      example: '13859012345',
    },
  ],

  parseRow(r: RowReader, env: RowEnv): InspectorRecord {
    const ref = env.reference;
    const certificateExpiry = r.parse('certificateExpiry', (t) => parseExpiry(t, r.header('certificateExpiry')), '', r.required('certificateExpiry'));
    // An expired certificate cannot be drawn, so importing it is a fault, not a warning.
    if (certificateExpiry !== '' && certificateExpiry < env.today) {
      r.fail('certificateExpiry', `执法证已于${certificateExpiry}过期，请更新执法证号和有效期后再导入`, r.raw('certificateExpiry'));
    }
    return {
      name: r.required('name'),
      gender: r.parse('gender', (t) => parseWord(GENDER, t, r.header('gender')), null),
      certificateNo: r.required('certificateNo').normalize('NFKC').replace(/\s+/g, ''),
      certificateExpiry,
      unitCode: openCode(r, 'unitCode', ref.units, 'unit', '业务部门（机构）'),
      expertise: openCodes(r, 'expertise', ref.expertise, 'expertise', '执法领域'),
      isExpert: r.parse('isExpert', (t) => parseWord(YES_NO, t, r.header('isExpert')), 'no') === 'yes',
      status: r.parse('status', (t) => parseWord(INSPECTOR_STATUS, t, r.header('status')), 'on_duty'),
      homeTownshipCode: r.parse('homeTownshipCode', (t) => resolveCode(ref.townships, t, '乡镇（街道）'), null),
      phone: r.parse('phone', (t) => parsePhone(t, r.header('phone')), null),
    };
  },

  toCells(p, ref) {
    return [
      p.name,
      p.gender === null ? '' : wordFor(GENDER, p.gender),
      p.certificateNo,
      p.certificateExpiry,
      p.unitCode === null ? '' : ref.units.nameOf(p.unitCode),
      p.expertise.map((code) => ref.expertise.nameOf(code)).join('、'),
      wordFor(YES_NO, p.isExpert ? 'yes' : 'no'),
      wordFor(INSPECTOR_STATUS, p.status),
      p.homeTownshipCode === null ? '' : ref.townships.nameOf(p.homeTownshipCode),
      p.phone ?? '',
    ];
  },
};
