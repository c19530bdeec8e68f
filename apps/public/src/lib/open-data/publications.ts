import type { RouterOutputs } from '@liancha/api-client';
import type { OpenList } from '@liancha/api-client/open-data';
import { dateInShanghai } from '@liancha/domain';
import { PUBLICATION_KIND_LABELS } from '@liancha/domain/vocabulary';

export type PublicationListRow = RouterOutputs['publications']['list']['rows'][number];

const iso = (value: Date | string) => new Date(value).toISOString();

/** 公示列表 as a file: one row per notice, as the list page shows it (the payload is on each notice's page and API). */
export const PUBLICATION_LIST: OpenList<PublicationListRow> = {
  title: '抽查信息公示',
  slug: 'publications',
  row: '一条公示（更正后的公示与被更正的公示各为一条）',
  columns: [
    { key: 'id', header: '公示编号', meaning: '公示的唯一编号', type: '编号', source: '发布时生成（UUID），公示页地址 /r/<区划>/p/<编号>', value: (r) => r.id },
    { key: 'kind', header: '公示类别代码', meaning: '公示的类别代码', type: '代码', source: '发布时按公示内容确定', value: (r) => r.kind },
    {
      key: 'kindName',
      header: '公示类别',
      meaning: '公示类别的中文名称',
      type: '文本',
      source: '由公示类别代码对照得出',
      value: (r) => PUBLICATION_KIND_LABELS[r.kind],
    },
    { key: 'title', header: '标题', meaning: '公示标题', type: '文本', source: '发布时按公示内容生成', value: (r) => r.title },
    { key: 'agencyId', header: '部门编号', meaning: '发布公示的部门编号', type: '编号', source: '发布部门', value: (r) => r.agencyId },
    { key: 'agencyName', header: '发布部门', meaning: '发布公示的部门名称', type: '文本', source: '发布部门的现名称', value: (r) => r.agencyName },
    {
      key: 'publishedAt',
      header: '发布时间',
      meaning: '公示发布的时刻（UTC，ISO 8601）',
      type: '时间',
      source: '发布时记录，之后不可更改',
      value: (r) => iso(r.publishedAt),
    },
    {
      key: 'publishedOn',
      header: '发布日期',
      meaning: '公示发布的北京时间日期',
      type: '日期',
      source: '由发布时间换算为北京时间（UTC+8）',
      value: (r) => dateInShanghai(new Date(r.publishedAt)),
    },
    {
      key: 'dueOn',
      header: '应公示日期',
      meaning: '依规定最迟应公示的日期',
      type: '日期',
      source: '按公示时限规则（工作日）计算；无时限的为空',
      value: (r) => r.dueOn,
    },
    { key: 'subjectId', header: '公示对象编号', meaning: '所公示的计划、任务、检查结果等的编号', type: '编号', source: '公示对象', value: (r) => r.subjectId },
    {
      key: 'correctsId',
      header: '更正的公示编号',
      meaning: '本条公示所更正的公示',
      type: '编号',
      source: '更正时记录；非更正为空',
      value: (r) => r.correctsId,
    },
    {
      key: 'correctedById',
      header: '被更正为',
      meaning: '更正本条公示的公示编号',
      type: '编号',
      source: '本条被更正时为更正公示的编号；现行有效的为空',
      value: (r) => r.correctedById,
    },
  ],
};
