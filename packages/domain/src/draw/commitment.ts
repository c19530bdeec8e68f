import { canonicalJson } from '../canonical/canonical-json.js';
import { sha256Hex } from '../crypto/sha256.js';
import { DomainError } from '../errors.js';
import { buildTeamSnapshot, type TeamSnapshot, type TeamSpec } from '../team/roster-snapshot.js';
import { normaliseEntropySources, type EntropySource } from './entropy.js';
import { resolveMatrix, type MatrixEntry, type MatrixSpec } from './matrix.js';
import { buildPoolSnapshot, type ObjectRow, type PoolRules, type PoolSnapshot } from './pool-snapshot.js';
import { ALGORITHM_ID } from './protocol.js';
import { isCleanText } from './text-rules.js';

/** Identifies the task inside the commitment, so two tasks never share a seed. */
export interface TaskHeader {
  id: string;
  /** 6-digit administrative division code (行政区划代码). */
  regionCode: string;
  year: number;
  title: string | null;
}

/** Everything the draw depends on, frozen and hashed before any randomness exists. */
export interface CommitmentInputs {
  algorithm: typeof ALGORITHM_ID;
  task: TaskHeader;
  pool: PoolSnapshot;
  matrix: MatrixEntry[];
  team: TeamSnapshot | null;
  entropy: EntropySource[];
}

export interface FreezeInput {
  task: { id: string; regionCode: string; year: number; title?: string | null };
  objects: readonly ObjectRow[];
  poolRules?: PoolRules;
  matrix: MatrixSpec;
  /** Team rules and roster; omit for an object-only draw. */
  team?: TeamSpec | null;
  /** Declared entropy sources; agency sources carry their SHA-256 commitments already. */
  entropy: readonly EntropySource[];
}

export interface FrozenTask {
  commitmentInputs: CommitmentInputs;
  /** Lower-case hex SHA-256 of the canonical JSON of `commitmentInputs`. */
  commitment: string;
  /** That canonical JSON: what is stored and published, so nobody serialises 30 MB twice. */
  canonicalInputs: string;
}

/**
 * Freeze a task: build the pool snapshot, matrix, team section and entropy declaration as
 * canonical data and hash it. The result is what gets published before the ceremony.
 * Input order never matters: every list is sorted.
 */
export function freezeTask(input: FreezeInput): FrozenTask {
  const { objects, poolRules, ...rest } = input;
  const homeArea = input.team?.rules.homeAreaConflict ?? false;
  return freezePool({ ...rest, pool: buildPoolSnapshot(objects, { ...poolRules, recordTownships: homeArea }) });
}

/** A freeze whose pool was built beforehand (streamed from the database with a PoolSnapshotBuilder). */
export type PoolFreezeInput = Omit<FreezeInput, 'objects' | 'poolRules'> & { pool: PoolSnapshot };

export function freezePool(input: PoolFreezeInput): FrozenTask {
  const task = checkTask(input.task);
  const { pool } = input;
  if ((input.team?.rules.homeAreaConflict ?? false) !== (pool.townships !== null)) {
    throw new DomainError('bad_request', '抽取池的乡镇记录与属地回避规则不一致', { reason: 'pool_rules_invalid' });
  }
  const matrix = resolveMatrix(input.matrix, pool);
  const team = input.team ? buildTeamSnapshot(input.team, pool, task.year) : null;
  const entropy = normaliseEntropySources(input.entropy);
  const commitmentInputs: CommitmentInputs = { algorithm: ALGORITHM_ID, task, pool, matrix, team, entropy };
  const canonicalInputs = canonicalJson(commitmentInputs);
  return { commitmentInputs, commitment: sha256Hex(canonicalInputs), canonicalInputs };
}

/** SHA-256 (hex) of the canonical JSON of the commitment inputs. */
export function computeCommitment(inputs: CommitmentInputs): string {
  return sha256Hex(canonicalJson(inputs));
}

function checkTask(task: FreezeInput['task']): TaskHeader {
  if (!isCleanText(task.id, 100)) throw new DomainError('bad_request', '任务标识无效', { reason: 'task_invalid' });
  if (typeof task.regionCode !== 'string' || !/^\d{6}$/.test(task.regionCode)) {
    throw new DomainError('bad_request', '行政区划代码应为6位数字', { reason: 'task_invalid' });
  }
  if (!Number.isSafeInteger(task.year) || task.year < 2000 || task.year > 2200) {
    throw new DomainError('bad_request', '任务年度无效', { reason: 'task_invalid' });
  }
  const title = task.title ?? null;
  if (title !== null && !isCleanText(title, 200)) throw new DomainError('bad_request', '任务名称无效', { reason: 'task_invalid' });
  return { id: task.id, regionCode: task.regionCode, year: task.year, title };
}
