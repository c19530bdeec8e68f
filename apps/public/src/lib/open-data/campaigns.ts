import type { RouterOutputs } from '@liancha/api-client';
import type { OpenList } from '@liancha/api-client/open-data';
import { dateInShanghai } from '@liancha/domain';
import { CAMPAIGN_LEVEL_LABELS, CAMPAIGN_STATUS_LABELS } from '@liancha/domain/vocabulary';

export type CampaignListRow = RouterOutputs['campaigns']['publicList']['rows'][number];

const dayOf = (value: Date | string | null) => (value ? dateInShanghai(new Date(value)) : null);

/** 专项检查 as a file: one row per published campaign, as the campaigns page lists them. */
export const CAMPAIGN_LIST: OpenList<CampaignListRow> = {
  title: '专项检查',
  slug: 'campaigns',
  row: '一项公布的专项检查计划',
  columns: [
    { key: 'id', header: '专项检查编号', meaning: '专项检查的唯一编号', type: '编号', source: '登记时生成（UUID）', value: (r) => r.id },
    { key: 'name', header: '专项检查名称', meaning: '专项检查的名称', type: '文本', source: '部门制定计划时填写', value: (r) => r.name },
    { key: 'year', header: '年度', meaning: '计划所属年度', type: '整数', source: '部门制定计划时填写', value: (r) => r.year },
    { key: 'agencyName', header: '检查部门', meaning: '实施检查的部门', type: '文本', source: '计划所属部门的现名称', value: (r) => r.agencyName },
    { key: 'level', header: '部署层级代码', meaning: '本级部署或上级部署', type: '代码', source: '部门制定计划时选择', value: (r) => r.level },
    {
      key: 'levelName',
      header: '部署层级',
      meaning: '部署层级的中文名称',
      type: '文本',
      source: '由部署层级代码对照得出',
      value: (r) => CAMPAIGN_LEVEL_LABELS[r.level],
    },
    { key: 'deployedBy', header: '部署机关', meaning: '上级部署时的部署机关', type: '文本', source: '部门填写；本级部署为空', value: (r) => r.deployedBy },
    { key: 'legalBasis', header: '检查依据', meaning: '开展专项检查的依据', type: '文本', source: '部门制定计划时填写', value: (r) => r.legalBasis },
    { key: 'content', header: '检查内容', meaning: '检查的内容', type: '文本', source: '部门制定计划时填写', value: (r) => r.content },
    { key: 'scopeCount', header: '检查对象数量', meaning: '计划检查的对象数量', type: '整数', source: '部门填写；未定为空', value: (r) => r.scopeCount },
    { key: 'scopeNote', header: '检查范围说明', meaning: '检查范围的说明', type: '文本', source: '部门制定计划时填写', value: (r) => r.scopeNote },
    { key: 'windowFrom', header: '检查开始日期', meaning: '检查期间的第一天', type: '日期', source: '部门制定计划时填写', value: (r) => r.windowFrom },
    { key: 'windowTo', header: '检查结束日期', meaning: '检查期间的最后一天', type: '日期', source: '部门制定计划时填写', value: (r) => r.windowTo },
    { key: 'status', header: '状态代码', meaning: '计划的当前状态代码', type: '代码', source: '按审批、备案、公布、结束的流程记录', value: (r) => r.status },
    {
      key: 'statusName',
      header: '状态',
      meaning: '计划当前状态的中文名称',
      type: '文本',
      source: '由状态代码对照得出',
      value: (r) => CAMPAIGN_STATUS_LABELS[r.status],
    },
    { key: 'approvedOn', header: '批准日期', meaning: '领导小组批准计划的北京时间日期', type: '日期', source: '审批时记录', value: (r) => dayOf(r.decidedAt) },
    { key: 'filingNo', header: '备案号', meaning: '计划备案的编号', type: '文本', source: '备案时填写', value: (r) => r.filingNo },
    { key: 'filedWith', header: '备案机关', meaning: '接受备案的机关', type: '文本', source: '备案时填写', value: (r) => r.filedWith },
    { key: 'publishedOn', header: '公布日期', meaning: '计划公布的北京时间日期', type: '日期', source: '公布时记录', value: (r) => dayOf(r.publishedAt) },
    {
      key: 'publishBy',
      header: '应公布日期',
      meaning: '批准后最迟应公布的日期',
      type: '日期',
      source: '批准之日起一个月（公布时限规则）',
      value: (r) => r.publishBy,
    },
    {
      key: 'closedOn',
      header: '结束日期',
      meaning: '专项检查结束的北京时间日期',
      type: '日期',
      source: '结束时记录；未结束为空',
      value: (r) => dayOf(r.closedAt),
    },
  ],
};
