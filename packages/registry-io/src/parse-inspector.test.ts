import { describe, expect, it } from 'vitest';
import { csv, encodeGbk, utf8, xlsx } from './test-support/encode.js';
import { parse, parseCsvRows } from './test-support/parse.js';
import { INSPECTORS } from './test-support/reference.js';
import { sheetColumns } from './test-support/sheet-columns.js';

const COLUMNS = {
  name: '姓名',
  gender: '性别',
  cert: '执法证号',
  expiry: '执法证有效期',
  unit: '所在业务部门（机构）',
  expertise: '执法领域',
  expert: '是否专家',
  status: '执法人员状态',
  township: '属地乡镇',
  phone: '手机号',
};
const { header: HEADER, row } = sheetColumns(COLUMNS);
const base = { name: '林志强', expiry: '2028-12-31' };

describe('inspector rows', () => {
  it('reads a full row', async () => {
    const outcome = await parseCsvRows('inspector', [
      HEADER,
      row({
        name: '林志强',
        gender: '男',
        cert: '0035088101003',
        expiry: '2028年12月31日',
        unit: '应急管理综合行政执法大队',
        expertise: '危险化学品;烟花爆竹',
        expert: '是',
        status: '休假',
        township: '永福镇',
        phone: '138 5901 2345',
      }),
    ]);
    expect(outcome.issues).toEqual([]);
    expect(outcome.records).toEqual([
      {
        row: 2,
        // The reference inspector 林志强, as this row gives him: a shorter certificate number, an expert on leave.
        record: { ...INSPECTORS[0], certificateNo: '0035088101003', isExpert: true, status: 'on_leave' },
      },
    ]);
  });

  it('reports expired certificates, duplicate numbers and unknown references', async () => {
    const bytes = utf8(
      csv([
        HEADER,
        row({ ...base, cert: 'A001' }),
        row({ ...base, cert: 'A002', expiry: '2026-11-24' }),
        row({ ...base, cert: 'A003', expiry: '2026-11-25' }),
        row({ ...base, cert: 'A001' }),
        row({ ...base, cert: 'A005', unit: '办公室' }),
        row({ ...base, cert: 'A006', expertise: '危险化学品、消防' }),
        row({ ...base, cert: 'A007', township: '城关镇' }),
        row({ ...base, cert: 'A008', gender: '未知', expert: '也许', status: '出差' }),
        row({ ...base, cert: 'A009', phone: '12345' }),
        row({ ...base, cert: 'A010', expiry: '长期' }),
        row({ ...base, cert: '', expiry: '' }),
      ]),
    );
    const outcome = await parse('inspector', bytes, 'inspectors.csv');
    // The agency's own 股室 and 执法领域 words are proposals: rows 6 and 7 wait for the importer's decision.
    expect(outcome.records.map((r) => r.row)).toEqual([2, 4, 6, 7]);
    expect(outcome.proposals.map(({ list, text, rows }) => ({ list, text, rows }))).toEqual([
      { list: 'unit', text: '办公室', rows: 1 },
      { list: 'expertise', text: '消防', rows: 1 },
    ]);
    expect(outcome.issues).toEqual([
      { row: 3, column: '执法证有效期', value: '2026-11-24', message: '执法证已于2026-11-24过期，请更新执法证号和有效期后再导入' },
      { row: 5, column: '执法证号', value: 'A001', message: '执法证号与第2行重复，请删除或合并重复的行' },
      { row: 8, column: '属地乡镇', value: '城关镇', message: '未知的乡镇（街道）“城关镇”，应填写以下之一：菁城街道、桂林街道、永福镇、官田乡' },
      { row: 9, column: '性别', value: '未知', message: '性别“未知”无法识别，应填写男、女之一' },
      { row: 9, column: '是否专家', value: '也许', message: '是否专家“也许”无法识别，应填写是、否之一' },
      { row: 9, column: '执法人员状态', value: '出差', message: '执法人员状态“出差”无法识别，应填写在岗、休假、调离之一' },
      { row: 10, column: '手机号', value: '12345', message: '手机号“12345”格式不正确，应为11位手机号或带区号的固定电话（如0597-7531234）' },
      { row: 11, column: '执法证有效期', value: '长期', message: '执法证有效期不能填“长期”，请填写具体的到期日期，如2026-12-31' },
      { row: 12, column: '执法证号', message: '缺少必填项“执法证号”' },
      { row: 12, column: '执法证有效期', message: '缺少必填项“执法证有效期”' },
    ]);
  });

  it('keeps a certificate number with leading zeros stored as text, and reads a phone stored as a number', async () => {
    const bytes = await xlsx([
      HEADER,
      ['林志强', '男', '0035088101003', new Date(Date.UTC(2028, 11, 31)), 'zfdd', 'fireworks', true, '在岗', '350881001', 13859012345],
    ]);
    const outcome = await parse('inspector', bytes, 'inspectors.xlsx');
    expect(outcome.issues).toEqual([]);
    expect(outcome.records[0]!.record).toEqual({
      ...INSPECTORS[0],
      certificateNo: '0035088101003',
      expertise: ['fireworks'],
      isExpert: true,
      homeTownshipCode: '350881001',
    });
  });

  it('reads header aliases of the Zhejiang template from a GBK CSV', async () => {
    const text = csv([
      ['工号', '姓名', '性别', '手机号码', '所属部门', '专家', '省政府执法证编号', '省政府执法证有效期', '执法专长'],
      ['001', '黄丽萍', '女', '0597-7531234', '危险化学品安全监督管理股', '否', 'FJ0007', '2027/3/1', '危险化学品、工贸'],
    ]);
    const outcome = await parse('inspector', encodeGbk(text), 'inspectors.csv');
    expect(outcome.encoding).toBe('gbk');
    expect(outcome.ignoredColumns).toEqual(['工号']);
    expect(outcome.issues).toEqual([]);
    expect(outcome.records[0]!.record).toEqual({
      name: '黄丽萍',
      gender: 'female',
      certificateNo: 'FJ0007',
      certificateExpiry: '2027-03-01',
      unitCode: 'whg',
      expertise: ['hazardous_chemicals', 'industry_trade'],
      isExpert: false,
      status: 'on_duty',
      homeTownshipCode: null,
      phone: '0597-7531234',
    });
  });
});
