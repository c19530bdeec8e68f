import type { CheckResultSource, ItemRow, PlanRef, PlanSource, SanctionSource, TaskSource } from '@liancha/db';
import { fineWanYuan, ITEM_CATEGORY_LABELS, labelFor, maskPersonalData, sanctionShortestPublicityEndsOn } from '@liancha/domain';
import { isNoProblem, resultLabel } from './result-codes.js';
import { publicDrawBundle } from './redact.js';

/**
 * The payloads of 公示, in the shape of the national enterprise credit publicity system
 * (国家企业信用信息公示系统, domain-research §3.6). Keys are English; the comment on each names
 * the published column. Only what a 公示 shows goes in: names, USCCs, dates, results — never
 * phone numbers, ID numbers, findings, inspectors' personal data or conflict (回避) reasons.
 */
export const PAYLOAD_FORMAT = 'liancha-publication/1';

interface Region {
  code: string;
  name: string;
}

/** 抽查计划编号 and 抽查计划名称: the plan's number is its agency, year and version. */
export function planCode(plan: Pick<PlanRef, 'agencyCode' | 'year' | 'version'>): string {
  return `${plan.agencyCode}-${plan.year}-V${plan.version}`;
}

/** 抽查类型: a draw restricted by conditions is 定向, a plain draw 不定向 (企业公示信息抽查办法). */
export function drawType(poolFilter: Record<string, unknown>): '定向' | '不定向' {
  return Object.values(poolFilter).some((v) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)) ? '定向' : '不定向';
}

function planHeader(plan: TaskSource['plan']) {
  return plan ? { code: planCode(plan), title: plan.title, year: plan.year, batch: { seq: plan.batchSeq, name: plan.batchName } } : null;
}

// ── 随机抽查事项清单 ───────────────────────────────────────────────────────────

export function itemListPayload(region: Region, agency: { code: string; name: string }, items: readonly ItemRow[], asOf: string) {
  return {
    title: `${agency.name}随机抽查事项清单（${asOf}）`,
    payload: {
      format: PAYLOAD_FORMAT,
      kind: 'item_list' as const,
      region,
      agency: { code: agency.code, name: agency.name }, // 制定部门
      asOf, // 清单日期
      count: items.length,
      items: items.map((item) => ({
        code: item.code, // 事项编号
        name: item.name, // 抽查事项
        subItems: item.subItems, // 抽查内容
        legalBasis: item.legalBasis, // 抽查依据
        category: labelFor(ITEM_CATEGORY_LABELS, item.category), // 事项类别
        ratioBp: item.ratioBp, // 抽查比例（万分比）
        frequency: item.frequency, // 抽查频次
        method: item.method, // 检查方式
        applicableSectors: item.applicableSectors, // 适用行业领域
      })),
    },
  };
}

// ── 抽查工作计划公告 ───────────────────────────────────────────────────────────

export function annualPlanPayload(region: Region, plan: PlanSource) {
  const code = planCode({ agencyCode: plan.agency.code, year: plan.year, version: plan.version });
  return {
    title: `${plan.agency.name}${plan.year}年度“双随机、一公开”抽查工作计划${plan.version > 1 ? `（第${plan.version}版）` : ''}`,
    payload: {
      format: PAYLOAD_FORMAT,
      kind: 'annual_plan' as const,
      region,
      agency: { code: plan.agency.code, name: plan.agency.name }, // 制定部门
      plan: {
        code, // 抽查计划编号
        title: plan.title, // 抽查计划名称
        year: plan.year,
        version: plan.version,
        ratioFloorBp: plan.ratioFloorBp, // 抽查比例下限（万分比）
        frequencyCaps: plan.frequencyCaps, // 同一企业年度抽查次数上限（按风险等级）
        notes: plan.notes,
        adjustment: plan.version > 1 ? { reason: plan.adjustmentReason, previousVersionId: plan.previousVersionId } : null, // 计划调整
        approvedAt: plan.approvedAt?.toISOString() ?? null,
        publishedAt: plan.publishedAt?.toISOString() ?? null,
      },
      items: plan.items, // 抽查事项: 名称、依据、一般/重点、比例、频次、方式
      batches: plan.batches, // 批次: 范围、数量、时间安排
    },
  };
}

// ── 抽查任务公告 (with the drawn list and the proof bundle) ─────────────────────

export function jointTaskPayload(region: Region, task: TaskSource, draw: NonNullable<TaskSource['draw']>) {
  // One entry per agency: an internal task lists an agency once per taking-part unit.
  const seen = new Set<string>();
  const confirmed = task.participants.filter((p) => p.status === 'confirmed' && !seen.has(p.agencyId) && seen.add(p.agencyId)); // lead rows come first
  return {
    title: `${task.leadAgency.name}抽查任务公告（${task.code} ${task.title}）`,
    payload: {
      format: PAYLOAD_FORMAT,
      kind: 'joint_task' as const,
      region,
      plan: planHeader(task.plan), // 抽查计划编号 / 抽查计划名称 (null: 临时任务)
      task: {
        code: task.code, // 抽查任务编号
        title: task.title, // 抽查任务名称
        type: drawType(task.poolFilter), // 抽查类型
        joint: task.kind === 'inter_agency' && confirmed.length >= 2, // 跨部门联合抽查
        inspectionStartsOn: task.inspectionStartsOn, // 检查日期自
        inspectionEndsOn: task.inspectionEndsOn, // 检查日期至
        backfillReason: task.backfillReason, // 补录原因 (null: entered before its inspections began)
      },
      agencies: confirmed.map((p) => ({ code: p.code, name: p.name, role: p.role === 'lead' ? '牵头部门' : '配合部门' })), // 检查机关
      items: task.items, // 抽查事项
      drawnCount: task.drawn.length, // 抽查市场主体数量
      drawnList: task.drawn.map((d, i) => ({ no: i + 1, name: d.name, uscc: d.uscc, stratum: d.stratum, rank: d.rank })), // 抽查名单
      draw: {
        algorithm: draw.algorithm,
        commitment: draw.commitment, // 抽取前公布的承诺值 (SHA-256)
        seed: draw.seed,
        frozenAt: draw.frozenAt?.toISOString() ?? null,
        drawnAt: draw.drawnAt?.toISOString() ?? null,
        verify: {
          protocol: 'docs/draw-protocol.md',
          how: '在信息公示门户打开本公示的“验证抽取”，浏览器将按 liancha-draw/1 协议由 bundle 复算种子、抽取结果和检查组；也可用仓库中的独立验证程序（verifiers/python）离线复算。',
        },
      },
    },
    // Published beside the payload, not in it: the whole pool, tens of megabytes at a million objects.
    bundle: publicDrawBundle(draw.bundle).bundle,
  };
}

// ── 检查结果公告 (one per agency per check) ───────────────────────────────────

export function checkResultPayload(region: Region, source: CheckResultSource, endedOn: string, due: { date: string; provisional: boolean } | null) {
  const problems = [...new Set(source.results.filter((r) => !isNoProblem(r.resultCode)).map((r) => resultLabel(r.resultCode)))];
  const summary = problems.length === 0 ? '未发现问题' : problems.join('；');
  return {
    title: `${source.agency.name}抽查检查结果公告（${source.task.code}·${source.object.name}）`,
    payload: {
      format: PAYLOAD_FORMAT,
      kind: 'result' as const,
      region,
      plan: planHeader(source.task.plan), // 抽查计划编号 / 抽查计划名称
      task: { code: source.task.code, title: source.task.title, type: drawType(source.task.poolFilter) }, // 抽查任务编号 / 名称 / 类型
      agency: { code: source.agency.code, name: source.agency.name }, // 检查机关（谁检查、谁公开）
      object: { name: source.object.name, uscc: source.object.uscc }, // 抽查市场主体名称 / 统一社会信用代码
      completedOn: endedOn, // 检查完成日期
      result: summary, // 检查结果
      items: source.results.map((r) => ({ code: r.itemCode, name: r.itemName, result: resultLabel(r.resultCode) })), // 检查事项 | 检查结果
      dueOn: due?.date ?? null, // 应公示截止日（检查结束之日起20个工作日）
      dueOnProvisional: due?.provisional ?? false, // 截止日为预计（该年节假日安排尚未录入）
    },
  };
}

// ── 行政处罚信息 ───────────────────────────────────────────────────────────────

export function sanctionPayload(region: Region, sanction: SanctionSource) {
  // Free text typed by staff may quote a natural person's 身份证号 or telephone: masked before it is stored.
  const text = maskPersonalData;
  const agency = { code: sanction.agency.code, name: sanction.agency.name, uscc: sanction.agency.uscc };
  return {
    title: `${sanction.agency.name}行政处罚决定公示（${sanction.decisionNo}）`,
    payload: {
      format: PAYLOAD_FORMAT,
      kind: 'sanction' as const,
      region,
      agency, // 处罚机关 / 处罚机关统一社会信用代码
      dataSource: agency, // 数据来源单位 / 数据来源单位统一社会信用代码
      object: { name: text(sanction.object.name), uscc: sanction.object.uscc }, // 行政相对人名称 / 统一社会信用代码
      partyKind: sanction.partyKind, // 行政相对人类别
      decisionNo: sanction.decisionNo, // 行政处罚决定书文号
      violationType: text(sanction.violationType), // 违法行为类型
      facts: text(sanction.facts), // 违法事实
      basis: text(sanction.basis), // 处罚依据
      penaltyCategories: sanction.penaltyCategories, // 处罚类别
      penalty: text(sanction.penalty), // 处罚内容
      fineYuan: sanction.fineFen === null ? null : (sanction.fineFen / 100).toFixed(2), // 罚款金额（元）
      fineWanYuan: sanction.fineFen === null ? null : fineWanYuan(sanction.fineFen), // 罚款金额（万元）
      decidedOn: sanction.decidedOn, // 处罚决定日期
      validUntil: sanction.validUntil, // 处罚有效期
      severity: sanction.severity, // 失信行为程度
      publicityEndsOn: sanction.publicityEndsOn, // 公示截止期（最长公示期届满或处罚有效期届满）
      shortestPublicityEndsOn: sanctionShortestPublicityEndsOn(sanction.decidedOn, sanction.severity), // 最短公示期届满日（此后可申请信用修复）
      task: sanction.task, // 来源抽查任务
    },
  };
}
