import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { z } from 'zod';
import type { AppRouter } from '../../routers/app-router.js';
import { encodeCursor, QCursor, QDate, QFlag, QId, QKind, qLimit, QSearch, QUscc, QYear } from './query-params.js';

type Inputs = inferRouterInputs<AppRouter>;
type Outputs = inferRouterOutputs<AppRouter>;
/** `router.procedure` names of the app router (two levels, as every public procedure is). */
type ProcedureName = { [R in keyof Inputs & string]: Inputs[R] extends Record<string, unknown> ? `${R}.${keyof Inputs[R] & string}` : never }[keyof Inputs &
  string];
type Of<T, N> = N extends `${infer R}.${infer P}` ? (R extends keyof T ? (P extends keyof T[R] ? T[R][P] : never) : never) : never;

/**
 * One GET path of the read API, mapped to one public procedure. The procedure's name is what the
 * API calls (by that name, through a caller without a session), so the permission test can check
 * each against the permission matrix.
 */
export interface PublicRoute {
  /** Under /public/v1; `{name}` parts are path parameters (see PATH_PARAMS). */
  path: string;
  procedure: ProcedureName;
  /** Short Chinese title and longer Chinese description, for the OpenAPI document. */
  summary: string;
  description: string;
  /** Query parameters, each with a Chinese description (`.meta({ description })`). */
  query: z.ZodObject;
  /** Seconds a client or cache may keep the answer. */
  maxAge: number;
  /** The procedure's input from the path and query parameters. */
  input: (path: Record<string, string>, query: Record<string, unknown>) => unknown;
  /** The answer's body from the procedure's result (default: the result). */
  output: (result: unknown) => unknown;
  /** Served by its own handler beside the table (a stream), not through the caller. */
  direct?: true;
}

/** A route with its procedure's input and output types checked. */
function route<N extends ProcedureName, Q extends z.ZodObject>(spec: {
  path: string;
  procedure: N;
  summary: string;
  description: string;
  query?: Q;
  maxAge: number;
  input: (path: Record<string, string>, query: z.output<Q>) => Of<Inputs, N>;
  output?: (result: Of<Outputs, N>) => unknown;
  direct?: true;
}): PublicRoute {
  return {
    ...spec,
    query: spec.query ?? z.object({}),
    input: spec.input as PublicRoute['input'],
    output: (spec.output ?? ((result: unknown) => result)) as PublicRoute['output'],
  };
}

const d = (description: string) => ({ description });

/** A keyset list's answer: its rows, and the `next` parameter of the following page (null: the last page). */
function keysetPage<R>(page: { rows: R[]; nextCursor?: { value: string | number | boolean | null; id: string } | undefined }) {
  return { rows: page.rows, next: encodeCursor(page.nextCursor) };
}

/**
 * The read API: every GET path and the public procedure it calls. Adding a route is one entry
 * here; the server, the OpenAPI document and the permission test all read this table.
 */
export const PUBLIC_ROUTES: readonly PublicRoute[] = [
  route({
    path: '/regions',
    procedure: 'public.regions',
    summary: '行政区划列表',
    description: '平台上公示信息的全部行政区划（代码和名称）。',
    maxAge: 3600,
    input: () => undefined,
  }),
  route({
    path: '/regions/{regionCode}',
    procedure: 'public.regionOverview',
    summary: '行政区划概况',
    description: '一个行政区划的概况：名称、部门、各类公示的数量和最近的公示。',
    maxAge: 300,
    input: (p) => ({ regionCode: p.regionCode! }),
  }),
  route({
    path: '/publications/{regionCode}',
    procedure: 'publications.list',
    summary: '公示列表',
    description:
      '一个行政区划的公示，按发布时间从新到旧。筛选条件与公示网站的列表页相同。按 `next` 翻页（键集分页）：把上一页返回的 `next` 作为下一次请求的 `next` 参数，直到 `next` 为 null。',
    query: z.object({
      kind: QKind.optional().meta(d('公示类别代码')),
      agencyId: QId.optional().meta(d('发布部门编号')),
      q: QSearch.optional().meta(d('搜索公示全文（企业名称、统一社会信用代码、决定书文号等）')),
      from: QDate.optional().meta(d('发布日期起（北京时间，含当日）')),
      to: QDate.optional().meta(d('发布日期止（北京时间，含当日）')),
      all: QFlag.optional().meta(d('1：包括已被更正的版本；默认只列现行有效的公示')),
      limit: qLimit(200, 50).meta(d('每页条数，1–200，默认50')),
      next: QCursor.optional().meta(d('翻页位置：上一页返回的 next')),
    }),
    maxAge: 300,
    input: (p, q) => ({
      regionCode: p.regionCode!,
      pageSize: q.limit,
      filter: {
        ...(q.kind ? { kind: q.kind } : {}),
        ...(q.agencyId ? { agencyId: q.agencyId } : {}),
        ...(q.q ? { search: q.q } : {}),
        ...(q.from ? { publishedFrom: q.from } : {}),
        ...(q.to ? { publishedTo: q.to } : {}),
        ...(q.all ? {} : { currentOnly: true }),
      },
      ...(q.next ? { after: q.next } : {}),
    }),
    output: (page) => keysetPage(page),
  }),
  route({
    path: '/publications/{regionCode}/{id}',
    procedure: 'publications.get',
    summary: '一条公示',
    description: '一条公示的全部内容（payload）。抽取任务的公示带有抽取证明的摘要 proof；证明本身见 bundle.json。公示不可更改，可长期缓存。',
    maxAge: 86_400,
    input: (p) => ({ regionCode: p.regionCode!, id: p.id! }),
  }),
  route({
    path: '/publications/{regionCode}/{id}/bundle.json',
    procedure: 'publications.bundle',
    summary: '抽取证明',
    description: '抽取任务公示的完整抽取证明（JSON，可达数十 MB），供浏览器和 Python 验证程序复核抽取过程。不计入请求频率限制。',
    maxAge: 86_400,
    input: (p) => ({ regionCode: p.regionCode!, id: p.id! }),
    direct: true,
  }),
  route({
    path: '/sanctions/{regionCode}',
    procedure: 'publications.list',
    summary: '行政处罚公示列表',
    description: '一个行政区划在公示期内的行政处罚决定（双公示字段见每条公示的 payload），按发布时间从新到旧；公示截止期已过的不再列出。按 `next` 翻页。',
    query: z.object({
      q: QSearch.optional().meta(d('搜索行政相对人名称、统一社会信用代码、决定书文号等')),
      limit: qLimit(200, 50).meta(d('每页条数，1–200，默认50')),
      next: QCursor.optional().meta(d('翻页位置：上一页返回的 next')),
    }),
    maxAge: 300,
    input: (p, q) => ({
      regionCode: p.regionCode!,
      pageSize: q.limit,
      filter: { kind: 'sanction' as const, currentOnly: true, ...(q.q ? { search: q.q } : {}) },
      ...(q.next ? { after: q.next } : {}),
    }),
    output: (page) => keysetPage(page),
  }),
  route({
    path: '/enterprises/{regionCode}',
    procedure: 'public.enterpriseSearch',
    summary: '企业信用公示：查找企业',
    description: '按企业名称的一部分（至少2个字）或统一社会信用代码的开头查找本行政区划的企业，按统一社会信用代码排序。按 `next` 翻页。',
    query: z.object({
      q: z.string().trim().min(2, '请输入至少2个字的企业名称或统一社会信用代码开头').max(60, '搜索内容过长').meta(d('企业名称片段或统一社会信用代码开头')),
      limit: qLimit(50, 20).meta(d('每页条数，1–50，默认20')),
      next: QUscc.optional().meta(d('翻页位置：上一页返回的 next（统一社会信用代码）')),
    }),
    maxAge: 300,
    input: (p, q) => ({ regionCode: p.regionCode!, q: q.q, limit: q.limit, ...(q.next ? { after: q.next } : {}) }),
  }),
  route({
    path: '/enterprises/{regionCode}/{uscc}',
    procedure: 'public.enterpriseRecord',
    summary: '企业信用公示：一家企业的公示记录',
    description:
      '一家企业在本行政区划的全部公示记录：各部门的抽查检查结果（含双随机抽查的计划、任务和逐项结果）、公示期内的行政处罚（双公示字段）、失信状态和截止日期、所在的抽取（签号和分界签号）及更正。只含已公示的信息。',
    maxAge: 300,
    input: (p) => ({ regionCode: p.regionCode!, uscc: p.uscc! }),
  }),
  route({
    path: '/campaigns/{regionCode}',
    procedure: 'campaigns.publicList',
    summary: '专项检查列表',
    description: '一个行政区划公布的专项检查计划，按检查开始日期从新到旧。按 `next` 翻页。',
    query: z.object({
      q: QSearch.optional().meta(d('按专项检查名称搜索')),
      year: QYear.optional().meta(d('年度')),
      limit: qLimit(200, 50).meta(d('每页条数，1–200，默认50')),
      next: QCursor.optional().meta(d('翻页位置：上一页返回的 next')),
    }),
    maxAge: 300,
    input: (p, q) => ({
      regionCode: p.regionCode!,
      pageSize: q.limit,
      sort: { field: 'windowFrom', direction: 'desc' },
      filter: { ...(q.q ? { search: q.q } : {}), ...(q.year ? { year: q.year } : {}) },
      ...(q.next ? { after: q.next } : {}),
    }),
    output: (page) => keysetPage(page),
  }),
  route({
    path: '/campaigns/{regionCode}/{id}',
    procedure: 'campaigns.publicGet',
    summary: '一项专项检查',
    description: '一项公布的专项检查计划，含批准和备案信息。',
    maxAge: 300,
    input: (p) => ({ regionCode: p.regionCode!, id: p.id! }),
  }),
  route({
    path: '/inspection-caps/{regionCode}',
    procedure: 'public.inspectionCaps',
    summary: '检查频次上限',
    description: '各部门公布的年度检查频次和上限（现行版本）。',
    query: z.object({ year: QYear.optional().meta(d('年度；默认为当前年度')) }),
    maxAge: 300,
    input: (p, q) => ({ regionCode: p.regionCode!, ...(q.year ? { year: q.year } : {}) }),
  }),
  route({
    path: '/audit-anchors/{regionCode}',
    procedure: 'public.auditAnchors',
    summary: '审计日志链头',
    description: '公布的审计日志哈希链头，从新到旧。翻页：把上一页返回的 next 作为 before 参数。',
    query: z.object({
      limit: qLimit(500, 50).meta(d('每页条数，1–500，默认50')),
      before: z.coerce.number('翻页位置应为数字').int('翻页位置应为整数').positive('翻页位置应为正整数').optional().meta(d('翻页位置：上一页返回的 next')),
    }),
    maxAge: 300,
    input: (p, q) => ({ regionCode: p.regionCode!, limit: q.limit, ...(q.before ? { before: q.before } : {}) }),
  }),
];
