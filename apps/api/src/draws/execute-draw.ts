import {
  drawsThisYear,
  enterprisesAtCap,
  listParticipants,
  findObjectsByUsccs,
  listEntropy,
  lockDrawYear,
  markDrawDrawn,
  updateTask,
  type DrawRow,
  type Executor,
  type RegionScope,
  type TaskRow,
} from '@liancha/db';
import { applySubstitution, currentChecks, frequencyCapFor, runDraw, type CommitmentInputs, type DrawBundle } from '@liancha/domain';
import { capsInForce, taskPlan } from '../plans/plan-caps.js';
import { taskYear } from '../tasks/build-freeze-input.js';
import { ZMatrix } from '../tasks/task-config.schema.js';
import { drawProducer } from './producer.js';
import { idMaps, storeDrawOutcome } from './store-draw.js';

const CAP_NOTE = '本年度抽查次数已达上限：冻结后已被同年其他任务抽中';
const INSPECTION_CAP_NOTE = '年度检查频次已达上限（跨部门）：冻结后该企业已达参加部门公布的上限';

/**
 * Run the draw once, under the region-year lock: derive the seed from the reveals, draw
 * objects and teams, then re-count each drawn object's checks this year — an enterprise
 * another task drew since this one froze is replaced by the next ticket of its stratum,
 * as a logged, published substitution (never by drawing again).
 */
export async function executeDraw(
  db: Executor,
  scope: RegionScope,
  draw: DrawRow & { commitmentInputs: unknown },
  task: TaskRow,
  now: Date,
): Promise<DrawBundle> {
  const year = taskYear(task);
  await lockDrawYear(db, scope, year);
  const entropy = await listEntropy(db, scope, draw.id);
  const reveals = entropy.map((e) => ({ source: e.sourceId!, value: e.revealedValue! }));
  // The producer (protocol §11.1) is informative: outside the commitment, carried along by every later log entry.
  let bundle: DrawBundle = {
    ...runDraw({ commitmentInputs: draw.commitmentInputs as CommitmentInputs, commitment: draw.commitment! }, reveals),
    producer: drawProducer(),
  };

  // The caps in force now: the matrix's tightened to the plan in force (adjusted since the freeze, perhaps).
  const caps = capsInForce(await taskPlan(db, scope, task, year), ZMatrix.parse(task.matrix).frequencyCap);
  // The agencies' 年度检查频次上限 across agencies and kinds, as they stand now (checks of other kinds since the freeze).
  const agencyIds = [...new Set((await listParticipants(db, scope, task.id)).filter((p) => p.status === 'confirmed').map((p) => p.agencyId))];
  const atAgencyCap = await enterprisesAtCap(db, scope, { year, agencyIds });
  for (let guard = 0; guard < 10_000; guard++) {
    const inForce = currentChecks(bundle);
    const objects = await findObjectsByUsccs(
      db,
      scope,
      inForce.map((c) => c.uscc),
    );
    const counts = await drawsThisYear(
      db,
      scope,
      objects.map((o) => o.id),
      year,
    );
    const capped = objects.find((o) => {
      const cap = frequencyCapFor(o.riskClass, { frequencyCap: caps });
      return cap !== null && (counts.get(o.id) ?? 0) >= cap;
    });
    const atCap = capped ? undefined : objects.find((o) => atAgencyCap.has(o.uscc));
    if (!capped && !atCap) break;
    bundle = capped
      ? applySubstitution(bundle, { uscc: capped.uscc, reason: 'other', note: CAP_NOTE })
      : applySubstitution(bundle, { uscc: atCap!.uscc, reason: 'other', note: INSPECTION_CAP_NOTE });
  }

  const all = [...new Set(bundle.objects.flatMap((s) => [...s.drawn, ...s.substitutes].map((d) => d.uscc)))];
  const objectIds = new Map((await findObjectsByUsccs(db, scope, all)).map((o) => [o.uscc, o.id]));
  await markDrawDrawn(db, scope, draw.id, bundle.seed, bundle, now);
  await storeDrawOutcome(db, scope, { taskId: task.id, drawId: draw.id }, bundle, await idMaps(db, scope, task.id, objectIds));
  await updateTask(db, scope, task.id, { status: 'drawn' }, now);
  return bundle;
}
