import { insertPublication, type Executor } from '@liancha/db';
import { findUserId, makeSupervisionNote, markItemPublished, workflowRows } from '@liancha/db/testing';
import type { Relation } from './matrix-world.js';

/**
 * Targets for the publication, oversight and 督办 procedures. Relations, seen from 应急局 (yjj):
 * own = yjj's; other = 生态环境局's (no shared task); partner = 市场监管局's, reachable through a
 * task shared with yjj (for a task: led by scj with yjj taking part); region = 新罗区's.
 * Every call gets fresh rows.
 */
export async function publicationWorld(db: Executor, world: { agencyId: (code: string) => string; otherRegionAgencyId: string }) {
  const yjj = world.agencyId('yjj');
  const scj = world.agencyId('scj');
  const agency = (relation: Relation) =>
    relation === 'region' ? world.otherRegionAgencyId : world.agencyId({ own: 'yjj', other: 'sthj', partner: 'scj' }[relation]);
  const regionOf = (relation: Relation) => (relation === 'region' ? '350802' : '350881');
  const rows = { '350881': workflowRows(db, '350881'), '350802': workflowRows(db, '350802') };
  const rowsOf = (relation: Relation) => rows[regionOf(relation)];
  const township = (relation: Relation) => (relation === 'region' ? '350802001' : '350881001');
  const author = (relation: Relation) => findUserId(db, relation === 'region' ? 'xl.coord' : 'ldxz.zhang');

  /** Lead and partners of the task behind a relation's check or task. */
  function taskShape(relation: Relation, forTask = false): { lead: string; partners: string[] } {
    if (relation === 'own') return { lead: yjj, partners: [scj] };
    if (relation === 'partner') return forTask ? { lead: scj, partners: [yjj] } : { lead: yjj, partners: [scj] };
    return { lead: agency(relation), partners: [] };
  }

  async function drawnTask(relation: Relation): Promise<string> {
    const r = rowsOf(relation);
    const task = await r.task(taskShape(relation, true));
    await r.draw(task.id);
    return task.id;
  }

  /** An ended check whose results of the relation's agency are approved. */
  async function endedCheck(relation: Relation): Promise<{ checkId: string; agencyId: string }> {
    const r = rowsOf(relation);
    const shape = taskShape(relation);
    const task = await r.task(shape);
    const drawId = await r.draw(task.id);
    const objectId = await r.object({ sectorCode: 'fireworks', townshipCode: township(relation), supervisedBy: [shape.lead, ...shape.partners] });
    const checkId = await r.check({ taskId: task.id, drawId, objectId, endedOn: '2026-06-01' });
    await r.result({ checkId, agencyId: agency(relation), itemId: await r.item(agency(relation)), resultCode: 'no_problem' });
    return { checkId, agencyId: agency(relation) };
  }

  /** A published sanction; the partner's arises from a check of the shared task, so yjj's office can read it. */
  async function publishedSanction(relation: Relation): Promise<string> {
    const r = rowsOf(relation);
    const objectId = await r.object({ sectorCode: 'fireworks', townshipCode: township(relation), supervisedBy: [agency(relation)] });
    let checkId: string | null = null;
    if (relation === 'partner') {
      const task = await r.task(taskShape('partner'));
      checkId = await r.check({ taskId: task.id, drawId: await r.draw(task.id), objectId, endedOn: '2026-06-01' });
    }
    return r.sanction({ agencyId: agency(relation), objectId, checkId });
  }

  /** A sanction's publication, as published by the relation's agency. */
  async function publication(relation: Relation): Promise<{ id: string; regionCode: string }> {
    return published(relation, { kind: 'sanction', subjectId: await publishedSanction(relation), title: '矩阵行政处罚公示', payload: { kind: 'sanction' } });
  }

  /** A task notice with its proof bundle, as published by the relation's agency. */
  async function drawnTaskNotice(relation: Relation): Promise<{ id: string; regionCode: string }> {
    const bundle = { algorithm: 'liancha-draw/1', commitment: 'c'.repeat(64), commitmentInputs: { task: { id: '矩阵任务' } } };
    return published(relation, {
      kind: 'joint_task',
      subjectId: await drawnTask(relation),
      title: '矩阵抽查任务公告',
      payload: { kind: 'joint_task' },
      bundle,
    });
  }

  async function published(
    relation: Relation,
    row: { kind: 'sanction' | 'joint_task'; subjectId: string; title: string; payload: unknown; bundle?: unknown },
  ): Promise<{ id: string; regionCode: string }> {
    const regionCode = regionOf(relation);
    const id = await insertPublication(
      db,
      { regionCode },
      { agencyId: agency(relation), ...row, dueOn: null, publishedAt: new Date(), publishedBy: await author(relation), correctsId: null },
    );
    return { id, regionCode };
  }

  /** The relation's agency, with one published item so that its list can go on 公示. */
  async function publishedItemOf(relation: Relation): Promise<string> {
    const id = await rowsOf(relation).item(agency(relation));
    await markItemPublished(db, id);
    return agency(relation);
  }

  async function note(relation: Relation): Promise<string> {
    return makeSupervisionNote(db, {
      regionCode: regionOf(relation),
      toAgencyId: agency(relation),
      subject: '矩阵督办',
      body: '请限期说明',
      createdBy: await author(relation),
    });
  }

  return { agency, drawnTask, drawnTaskNotice, endedCheck, publishedSanction, publication, publishedItemOf, note };
}
