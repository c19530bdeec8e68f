import { isDomainError } from '../errors.js';
import { computeCommitment, type CommitmentInputs } from './commitment.js';
import type { EntropyAnnouncement } from './announcement.js';
import { checkReveals, deriveSeed, type Reveal } from './entropy.js';
import { assertCommitmentInputs } from './inputs-validation.js';
import { firstDifference, type JsonDifference } from './json-diff.js';
import { drawObjects } from './object-draw.js';
import { isDrawProducer, type DrawProducer } from './producer.js';
import { drawTeams } from './proof-bundle.js';
import { ALGORITHM_ID } from './protocol.js';
import type { Recusal } from './recusal.js';
import { replayLogs } from './replay-logs.js';
import type { Substitution } from './substitution.js';

/** An announced external value as the commitment declared it, with the value revealed for it. */
export interface VerifiedAnnouncement extends EntropyAnnouncement {
  source: string;
  label: string;
  value: string;
}

export type VerifyResult =
  | {
      ok: true;
      commitment: string;
      seed: string;
      drawn: number;
      substitutions: number;
      recusals: number;
      /** The announced public values (§4.1.1), declared in the commitment, in source order. */
      announcements: VerifiedAnnouncement[];
      /** The bundle's producer claim (§11.1) when well formed; informative, never verified. */
      producer: DrawProducer | null;
    }
  | { ok: false; difference: JsonDifference & { message: string } };

/**
 * Re-run a draw from its bundle alone and compare everything: commitment, reveals, seed,
 * every ticket and rank, teams, and the substitution and recusal logs. Reports the first difference
 * (path, expected = recomputed value, actual = bundle value) with a Chinese explanation.
 * Never throws on malformed input.
 */
export function verifyDraw(bundle: unknown): VerifyResult {
  try {
    return verify(bundle);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail('', '可验证的抽取包', '(无法解析)', `抽取包无法验证：${message}`);
  }
}

function verify(value: unknown): VerifyResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('', '对象', typeof value, '抽取包应为 JSON 对象');
  const bundle = value as Record<string, unknown>;
  if (bundle.algorithm !== ALGORITHM_ID) return fail('algorithm', ALGORITHM_ID, bundle.algorithm, `不支持的算法版本，本验证器只支持 ${ALGORITHM_ID}`);

  const inputs = bundle.commitmentInputs;
  try {
    assertCommitmentInputs(inputs, true);
  } catch (error) {
    const field = isDomainError(error) ? (error.issues[0]?.field ?? '$') : '$';
    return fail(`commitmentInputs${field.slice(1)}`, '合规的抽取输入', '不合规', isDomainError(error) ? error.message : '抽取输入不合规');
  }
  const commitment = computeCommitment(inputs as CommitmentInputs);
  if (bundle.commitment !== commitment) {
    return fail('commitment', commitment, bundle.commitment, '承诺值与抽取输入的哈希不符：抽取池、比例矩阵、人员名录或随机数来源被改动过');
  }

  if (!Array.isArray(bundle.reveals)) return fail('reveals', '数组', bundle.reveals, '缺少揭示的随机数');
  let reveals: Reveal[];
  try {
    reveals = checkReveals(inputs.entropy, bundle.reveals as Reveal[]);
  } catch (error) {
    const at = revealPath(inputs, bundle.reveals as unknown[]);
    return fail(at.path, at.expected, at.actual, isDomainError(error) ? error.message : '揭示的随机数无效');
  }
  const order = firstDifference(reveals, bundle.reveals, 'reveals');
  if (order) return fail(order.path, order.expected, order.actual, '揭示的随机数应按来源标识排序');

  const seed = deriveSeed(commitment, reveals);
  if (bundle.seed !== seed) return fail('seed', seed, bundle.seed, '种子与承诺值和揭示值推导出的结果不符');

  const objects = drawObjects(inputs, seed);
  const objectsDiff = firstDifference(objects, bundle.objects, 'objects');
  if (objectsDiff) return fail(objectsDiff.path, objectsDiff.expected, objectsDiff.actual, '抽中对象、签号或排序与重新计算的结果不符');

  const teams = drawTeams(inputs, seed, objects);
  // For an infeasible outcome only the fact is verified (protocol §8.4): the issue texts are
  // explanations whose wording may improve without changing any draw.
  const teamsDiff =
    teams?.status === 'infeasible'
      ? firstDifference(teams.status, (bundle.teams as { status?: unknown } | null)?.status, 'teams.status')
      : firstDifference(teams, bundle.teams, 'teams');
  if (teamsDiff) return fail(teamsDiff.path, teamsDiff.expected, teamsDiff.actual, '检查组分配与重新计算的结果不符');

  if (!Array.isArray(bundle.substitutions)) return fail('substitutions', '数组', bundle.substitutions, '缺少替补记录');
  const log = bundle.substitutions as Substitution[];
  // Absent means no recusal was ever made (bundles from before the log existed look the same).
  const recusalLog = bundle.recusals === undefined ? [] : bundle.recusals;
  if (!Array.isArray(recusalLog)) return fail('recusals', '数组', recusalLog, '回避记录应为数组');
  let replayed: { substitutions: Substitution[]; recusals: Recusal[] };
  try {
    replayed = replayLogs(inputs, seed, objects, teams, log, recusalLog);
  } catch (error) {
    const path = (isDomainError(error) ? error.issues[0]?.field : undefined) ?? 'substitutions';
    const what = path.startsWith('recusals') ? '回避' : '替补';
    return fail(path, `可重放的${what}记录`, '无法重放', isDomainError(error) ? error.message : `${what}记录无法重放`);
  }
  const subsDiff = firstDifference(replayed.substitutions, log, 'substitutions');
  if (subsDiff) return fail(subsDiff.path, subsDiff.expected, subsDiff.actual, '替补记录与按签号顺序重放的结果不符');
  const recusalsDiff = firstDifference(replayed.recusals, recusalLog, 'recusals');
  if (recusalsDiff) return fail(recusalsDiff.path, recusalsDiff.expected, recusalsDiff.actual, '回避记录与按替换规则重放的结果不符');

  const drawn = objects.reduce((sum, s) => sum + s.drawn.length, 0);
  const announcements = inputs.entropy.flatMap((s) =>
    s.kind === 'external' && s.announcement ? [{ source: s.id, label: s.label, ...s.announcement, value: reveals.find((r) => r.source === s.id)!.value }] : [],
  );
  const producer = isDrawProducer(bundle.producer) ? bundle.producer : null;
  return { ok: true, commitment, seed, drawn, substitutions: log.length, recusals: recusalLog.length, announcements, producer };
}

/** Locate the faulty reveal for the report: the first one that fails on its own, else the list. */
function revealPath(inputs: CommitmentInputs, reveals: unknown[]): { path: string; expected: unknown; actual: unknown } {
  for (let i = 0; i < reveals.length; i++) {
    const r = reveals[i] as Reveal;
    const source = inputs.entropy.find((s) => s.id === r?.source);
    if (!source) return { path: `reveals[${i}].source`, expected: '已声明的来源', actual: r?.source };
    try {
      checkReveals([source], [r]);
    } catch {
      return { path: `reveals[${i}].value`, expected: source.kind === 'agency' ? `SHA-256 = ${source.commitment}` : '合规的揭示值', actual: r.value };
    }
  }
  return { path: 'reveals', expected: inputs.entropy.map((s) => s.id), actual: reveals.map((r) => (r as Reveal)?.source) };
}

function fail(path: string, expected: unknown, actual: unknown, message: string): VerifyResult {
  return { ok: false, difference: { path, expected, actual, message } };
}
