import { DomainError } from '../errors.js';
import { MIN_OFFICERS_PER_TEAM } from '../rules/team-officers.js';
import { validateUscc } from '../uscc/uscc.js';
import type { CommitmentInputs } from './commitment.js';
import { normaliseEntropySources, type EntropySource } from './entropy.js';
import { ALGORITHM_ID } from './protocol.js';
import { isCleanText, isCount, isIsoDate, isStratumText } from './text-rules.js';

/**
 * Check that an untrusted value (e.g. a downloaded bundle's commitment inputs) has the
 * shape the draw needs. `deep` also checks every object: GB 32100 check characters and no
 * USCC twice. runDraw passes `deep = false`: its inputs come from freezeTask (which checked
 * every row) and are pinned by the commitment hash, and per-object checks cost about a second
 * on a million-object pool. verifyDraw always checks deeply.
 * Throws a DomainError whose `issues[0].field` is the JSON path at fault.
 */
export function assertCommitmentInputs(value: unknown, deep: boolean): asserts value is CommitmentInputs {
  const v = value as Record<string, unknown>;
  need(isRecord(v), '$', '应为对象');
  need(v.algorithm === ALGORITHM_ID, '$.algorithm', `算法标识应为 ${ALGORITHM_ID}`);
  const task = v.task as Record<string, unknown>;
  need(isRecord(task) && isCleanText(task.id, 100) && typeof task.regionCode === 'string' && /^\d{6}$/.test(task.regionCode), '$.task', '任务信息无效');
  need(Number.isSafeInteger(task.year) && (task.title === null || isCleanText(task.title, 200)), '$.task', '任务年度或名称无效');

  const pool = v.pool as Record<string, unknown>;
  need(isRecord(pool) && Array.isArray(pool.strata) && Array.isArray(pool.excluded), '$.pool', '抽取池结构无效');
  const objects = new Set<string>();
  const strata = new Set<string>();
  (pool.strata as unknown[]).forEach((s, i) => {
    const path = `$.pool.strata[${i}]`;
    need(isRecord(s) && isStratumText(s.id) && Array.isArray(s.objects), path, '分层结构无效');
    need(!strata.has(s.id as string), `${path}.id`, '分层重复');
    strata.add(s.id as string);
    if (deep) {
      (s.objects as unknown[]).forEach((uscc, j) => {
        need(isUscc(uscc), `${path}.objects[${j}]`, '统一社会信用代码无效');
        need(!objects.has(uscc as string), `${path}.objects[${j}]`, '对象重复出现');
        objects.add(uscc as string);
      });
    }
  });
  if (deep) {
    (pool.excluded as unknown[]).forEach((e, i) => {
      const path = `$.pool.excluded[${i}]`;
      need(isRecord(e) && isUscc(e.uscc) && isStratumText(e.stratum) && Array.isArray(e.reasons), path, '排除记录无效');
      need(!objects.has(e.uscc as string), `${path}.uscc`, '对象重复出现');
      objects.add(e.uscc as string);
    });
  }
  need(pool.townships === null || Array.isArray(pool.townships), '$.pool.townships', '乡镇分组无效');

  need(Array.isArray(v.matrix), '$.matrix', '抽查比例矩阵无效');
  const matrixStrata = new Set<string>();
  (v.matrix as unknown[]).forEach((m, i) => {
    const path = `$.matrix[${i}]`;
    need(isRecord(m) && isStratumText(m.stratum) && !matrixStrata.has(m.stratum), path, '矩阵分层无效或重复');
    matrixStrata.add(m.stratum as string);
    need(isCount(m.min) && (m.max === null || isCount(m.max)) && isCount(m.substitutes), path, '最少、最多或备选数无效');
    need(Array.isArray(m.requiredExpertise) && m.requiredExpertise.every((t) => isCleanText(t, 50)), `${path}.requiredExpertise`, '专长要求无效');
    const sel = m.selection as Record<string, unknown>;
    const ratio = isRecord(sel) && sel.kind === 'ratio' && isCount(sel.numerator) && isCount(sel.denominator) && (sel.denominator as number) > 0;
    const roundingOk = isRecord(sel) && (sel.rounding === 'ceil' || sel.rounding === 'floor' || sel.rounding === 'half_up');
    const count = isRecord(sel) && sel.kind === 'count' && isCount(sel.count);
    need((ratio && roundingOk && (sel.numerator as number) <= (sel.denominator as number)) || count, `${path}.selection`, '抽取方式无效');
  });
  for (const id of strata) need(matrixStrata.has(id), '$.matrix', `分层“${id}”缺少矩阵规则`);

  if (v.team !== null) checkTeam(v.team, deep ? objects : null, pool.townships as unknown[] | null);
  need(Array.isArray(v.entropy), '$.entropy', '随机数来源无效');
  try {
    normaliseEntropySources(v.entropy as EntropySource[]);
  } catch (error) {
    need(false, '$.entropy', error instanceof Error ? error.message : '随机数来源无效');
  }
}

function checkTeam(team: unknown, objects: Set<string> | null, townships: unknown[] | null): void {
  need(isRecord(team), '$.team', '检查组设置无效');
  const rules = team.rules as Record<string, unknown>;
  need(isRecord(rules) && isIsoDate(rules.inspectionStart) && isIsoDate(rules.inspectionEnd), '$.team.rules', '检查期间无效');
  // docs/draw-protocol.md fixes the seed's minimum here: changing MIN_OFFICERS_PER_TEAM is a protocol change.
  need(
    isCount(rules.officersPerTeam) && (rules.officersPerTeam as number) >= MIN_OFFICERS_PER_TEAM && isCount(rules.expertsPerTeam),
    '$.team.rules',
    '每组人数无效',
  );
  need(typeof rules.homeAreaConflict === 'boolean' && Array.isArray(rules.agencies) && rules.agencies.length > 0, '$.team.rules', '参加部门或属地规则无效');
  let minimum = 0;
  const agencies = new Set<string>();
  (rules.agencies as unknown[]).forEach((a, i) => {
    need(
      isRecord(a) && isCleanText(a.agencyId, 64) && isCount(a.minOfficers) && !agencies.has(a.agencyId) && (a.name === null || isCleanText(a.name, 100)),
      `$.team.rules.agencies[${i}]`,
      '参加部门无效',
    );
    agencies.add(a.agencyId as string);
    minimum += a.minOfficers as number;
  });
  need(minimum <= (rules.officersPerTeam as number), '$.team.rules.officersPerTeam', '每组人数小于各部门最少人数之和');
  need(Array.isArray(team.roster) && Array.isArray(team.conflicts) && Array.isArray(team.excludedInspectors), '$.team', '人员名录结构无效');
  const certNos = new Set<string>();
  (team.roster as unknown[]).forEach((r, i) => {
    const path = `$.team.roster[${i}]`;
    need(isRecord(r) && isCleanText(r.certNo, 64) && !certNos.has(r.certNo) && isCleanText(r.agencyId, 64), path, '执法证号或部门无效');
    need((r.role === 'officer' || r.role === 'expert') && isCount(r.maxChecks), path, '人员类别或负荷上限无效');
    need(Array.isArray(r.expertise) && r.expertise.every((t) => isCleanText(t, 50)), `${path}.expertise`, '专长无效');
    need(r.township === null || isStratumText(r.township), `${path}.township`, '居住乡镇无效');
    need(r.certificateExpiresOn === null || isIsoDate(r.certificateExpiresOn), `${path}.certificateExpiresOn`, '证件有效期无效');
    certNos.add(r.certNo as string);
  });
  (team.conflicts as unknown[]).forEach((c, i) => {
    need(isRecord(c) && typeof c.certNo === 'string' && typeof c.uscc === 'string' && Array.isArray(c.reasons), `$.team.conflicts[${i}]`, '回避记录无效');
  });
  if (rules.homeAreaConflict) {
    need(Array.isArray(townships), '$.pool.townships', '属地回避需要对象的乡镇分组');
    if (objects === null) return;
    const placed = new Set<string>();
    (townships as unknown[]).forEach((t, i) => {
      need(isRecord(t) && isStratumText(t.code) && Array.isArray(t.objects), `$.pool.townships[${i}]`, '乡镇分组无效');
      for (const uscc of t.objects as unknown[]) {
        need(typeof uscc === 'string' && objects.has(uscc) && !placed.has(uscc), `$.pool.townships[${i}]`, '乡镇分组中的对象无效或重复');
        placed.add(uscc as string);
      }
    });
  }
}

function isUscc(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 18) return false;
  const checked = validateUscc(value);
  return checked.ok && checked.uscc === value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function need(condition: boolean, path: string, message: string): asserts condition {
  if (!condition) {
    throw new DomainError('bad_request', `抽取输入不合规：${path} ${message}`, { reason: 'commitment_inputs_invalid', issues: [{ field: path, message }] });
  }
}
