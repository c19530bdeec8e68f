import type { RouterOutputs } from '@liancha/api-client';
import type { OpenList } from '@liancha/api-client/open-data';
import { dateInShanghai } from '@liancha/domain';
import { RISK_CLASS_LABELS } from '@liancha/domain/vocabulary';

type CapVersion = RouterOutputs['public']['inspectionCaps']['versions'][number];
/** One line of an agency's caps version: the file has a row per line. */
export type CapListRow = Omit<CapVersion, 'lines'> & CapVersion['lines'][number];

/** The caps of a year as rows: each version in force, one row per line. */
export function capRows(versions: readonly CapVersion[]): CapListRow[] {
  return versions.flatMap(({ lines, ...version }) => lines.map((line) => ({ ...version, ...line })));
}

/** 年度检查频次上限 as a file: the versions in force of the year, one row per sector and risk class. */
export const CAP_LIST: OpenList<CapListRow> = {
  title: '检查频次上限',
  slug: 'caps',
  row: '一个部门对一个行业领域（及风险等级）公布的年度检查频次和上限',
  columns: [
    { key: 'year', header: '年度', meaning: '上限适用的年度', type: '整数', source: '部门公布时选择', value: (r) => r.year },
    { key: 'agencyId', header: '部门编号', meaning: '公布上限的部门编号', type: '编号', source: '公布部门', value: (r) => r.agencyId },
    { key: 'agencyName', header: '部门', meaning: '公布上限的部门名称', type: '文本', source: '公布部门的现名称', value: (r) => r.agencyName },
    {
      key: 'version',
      header: '版本',
      meaning: '该部门该年度的第几版（现行版本）',
      type: '整数',
      source: '每次重新公布加一，旧版本保留',
      value: (r) => r.version,
    },
    {
      key: 'publishedOn',
      header: '公布日期',
      meaning: '该版本公布的北京时间日期',
      type: '日期',
      source: '公布时记录',
      value: (r) => dateInShanghai(new Date(r.publishedAt)),
    },
    { key: 'sectorCode', header: '行业领域代码', meaning: '行业领域的代码', type: '代码', source: '部门公布时选择', value: (r) => r.sectorCode },
    { key: 'sectorName', header: '行业领域', meaning: '行业领域的名称', type: '文本', source: '由行业领域代码对照得出', value: (r) => r.sectorName },
    {
      key: 'riskClass',
      header: '风险等级',
      meaning: '适用的风险等级；空表示该领域其他各风险等级',
      type: '代码',
      source: '部门公布时选择',
      value: (r) => r.riskClass,
    },
    {
      key: 'riskClassName',
      header: '风险等级名称',
      meaning: '风险等级的中文名称',
      type: '文本',
      source: '由风险等级代码对照得出',
      value: (r) => (r.riskClass ? RISK_CLASS_LABELS[r.riskClass] : '各风险等级'),
    },
    {
      key: 'expectedPerYear',
      header: '检查频次（次/年）',
      meaning: '部门预计每年对此类企业检查的次数',
      type: '整数',
      source: '部门公布',
      value: (r) => r.expectedPerYear,
    },
    {
      key: 'maxPerYear',
      header: '上限（次/年）',
      meaning: '每年对同一企业检查的最多次数（跨部门合并计算）',
      type: '整数',
      source: '部门公布',
      value: (r) => r.maxPerYear,
    },
    { key: 'note', header: '说明', meaning: '部门对该版本的说明', type: '文本', source: '部门公布时填写', value: (r) => r.note },
  ],
};
