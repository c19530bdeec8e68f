import { randomUUID } from 'node:crypto';
import { accessibleBy, assertCan, defineAbilityFor, notFound, publicActor, type AppAbility, type UserActor } from '@liancha/authz';
import {
  findCurrentPublication,
  findDrawOfTask,
  indexDrawPool,
  findOriginalPublication,
  getAgency,
  getPublication,
  insertPublication,
  insertPublicationAnchor,
  listPublishedItemsOfAgency,
  lockedAuditHead,
  loadCheckResultSource,
  loadPlanSource,
  loadSanctionSource,
  loadTaskSource,
  regionName,
  type Executor,
  type PublicationKind,
  type RegionScope,
} from '@liancha/db';
import { dateInShanghai, DomainError, PLAN_STATUS_LABELS, proofSummary, SANCTION_STATUS_LABELS } from '@liancha/domain';
import type { AuditRecorder } from '../trpc/audit-recorder.js';
import { loadWorkingCalendar } from '../calendar/working-calendar.js';
import { resultDueOn } from './deadlines.js';
import { annualPlanPayload, checkResultPayload, itemListPayload, jointTaskPayload, sanctionPayload } from './payloads.js';
import { assertPublicPayload, isRecord } from './redact.js';
import { resultPublishRefusal } from './result-publish-rule.js';
import { taskPublishRefusal } from './task-publish-rule.js';
import { publicationSubject } from './publication-subject.js';
import { enforce } from '../can/refusal.js';

/**
 * Publishing (公示), as functions other use cases can call inside their own transaction
 * (e.g. a plan's or a sanction's "publish" step): pass the procedure's context as it is.
 * Each one loads its subject through the caller's read ability (out of reach → NOT_FOUND),
 * checks `create Publication` for the publishing agency (the coordinator of that agency),
 * checks the workflow state, inserts one immutable row and records the audit event.
 */
export interface PublishContext {
  db: Executor;
  scope: RegionScope;
  ability: AppAbility;
  actor: UserActor;
  now: () => Date;
  audit: Pick<AuditRecorder, 'record'>;
}

export interface PublishedRef {
  id: string;
  kind: PublicationKind;
  subjectId: string;
  agencyId: string;
  title: string;
  dueOn: string | null;
  publishedAt: Date;
  correctsId: string | null;
}

interface Draft {
  kind: PublicationKind;
  subjectId: string;
  agencyId: string;
  title: string;
  payload: unknown;
  /** A task notice's proof bundle, stored beside the payload. */
  bundle?: unknown;
  dueOn: string | null;
  /** The last day the public sees it (a sanction's 公示截止期). */
  publicUntil?: string | null;
}

const PUBLIC_ABILITY = defineAbilityFor(publicActor);

async function region(ctx: PublishContext) {
  return { code: ctx.scope.regionCode, name: await regionName(ctx.db, ctx.scope) };
}

function canPublishFor(ctx: PublishContext, draft: Pick<Draft, 'kind' | 'subjectId' | 'agencyId'>): void {
  assertCan(ctx.ability, 'create', publicationSubject(ctx.scope, draft));
}

// ── drafts: load, check the state, build the payload ────────────────────────

async function draftAnnualPlan(ctx: PublishContext, planId: string): Promise<Draft> {
  const plan = await loadPlanSource(ctx.db, ctx.scope, accessibleBy(ctx.ability, 'read', 'AnnualPlan'), planId);
  if (!plan) throw notFound('AnnualPlan');
  canPublishFor(ctx, { kind: 'annual_plan', subjectId: plan.id, agencyId: plan.agency.id });
  if (plan.status !== 'published') {
    throw new DomainError('precondition_failed', `计划当前状态为“${PLAN_STATUS_LABELS[plan.status]}”，需经分管领导审批并公布后方可公示`, {
      reason: 'plan_not_published',
    });
  }
  const { title, payload } = annualPlanPayload(await region(ctx), plan);
  return { kind: 'annual_plan', subjectId: plan.id, agencyId: plan.agency.id, title, payload, dueOn: null };
}

async function draftJointTask(ctx: PublishContext, taskId: string): Promise<Draft> {
  const task = await loadTaskSource(ctx.db, ctx.scope, accessibleBy(ctx.ability, 'read', 'JointTask'), taskId);
  if (!task) throw notFound('JointTask');
  enforce(
    taskPublishRefusal(ctx, {
      taskId: task.id,
      leadAgencyId: task.leadAgency.id,
      status: task.status,
      draw: task.draw ? { status: task.draw.status, proof: task.draw.bundle !== null } : null,
    }),
  );
  // taskPublishRefusal has refused a task without a finished draw.
  const draw = task.draw as NonNullable<typeof task.draw>;
  const { title, payload, bundle } = jointTaskPayload(await region(ctx), task, draw);
  return { kind: 'joint_task', subjectId: task.id, agencyId: task.leadAgency.id, title, payload, bundle, dueOn: null };
}

async function draftCheckResults(ctx: PublishContext, checkId: string, agencyId: string): Promise<Draft> {
  const source = await loadCheckResultSource(ctx.db, ctx.scope, accessibleBy(ctx.ability, 'read', 'Check'), checkId, agencyId);
  if (!source) throw notFound('Check');
  enforce(
    resultPublishRefusal(ctx, {
      checkId: source.id,
      checkStatus: source.status,
      agencyId,
      agencyName: source.agency.name,
      participates: source.participates,
      endedOn: source.endedOn,
      resultStatuses: source.results.map((r) => r.status),
    }),
  );
  // resultPublishRefusal has refused a check without an end date.
  const endedOn = source.endedOn as string;
  // Fixed when published (publications are immutable): an estimated deadline says so in the payload.
  const due = resultDueOn(endedOn, await loadWorkingCalendar(ctx.db));
  const { title, payload } = checkResultPayload(await region(ctx), source, endedOn, due);
  return { kind: 'result', subjectId: source.id, agencyId, title, payload, dueOn: due?.date ?? null };
}

async function draftSanction(ctx: PublishContext, sanctionId: string): Promise<Draft> {
  const sanction = await loadSanctionSource(ctx.db, ctx.scope, accessibleBy(ctx.ability, 'read', 'Sanction'), sanctionId);
  if (!sanction) throw notFound('Sanction');
  canPublishFor(ctx, { kind: 'sanction', subjectId: sanction.id, agencyId: sanction.agency.id });
  if (sanction.status !== 'published') {
    throw new DomainError('precondition_failed', `行政处罚决定当前状态为“${SANCTION_STATUS_LABELS[sanction.status]}”，需经分管领导审批并公布后方可公示`, {
      reason: 'sanction_not_published',
    });
  }
  const { title, payload } = sanctionPayload(await region(ctx), sanction);
  return { kind: 'sanction', subjectId: sanction.id, agencyId: sanction.agency.id, title, payload, dueOn: null, publicUntil: sanction.publicityEndsOn };
}

async function draftItemList(ctx: PublishContext, agencyId: string): Promise<Draft> {
  const agency = await getAgency(ctx.db, ctx.scope, agencyId);
  if (!agency) throw notFound('Agency');
  canPublishFor(ctx, { kind: 'item_list', subjectId: agency.id, agencyId: agency.id });
  const items = await listPublishedItemsOfAgency(ctx.db, ctx.scope, accessibleBy(ctx.ability, 'read', 'InspectionItem'), agency.id);
  if (items.length === 0)
    throw new DomainError('precondition_failed', '本部门还没有已公布的抽查事项，请先在抽查事项清单中公布事项', { reason: 'no_published_items' });
  const { title, payload } = itemListPayload(await region(ctx), agency, items, dateInShanghai(ctx.now()));
  return { kind: 'item_list', subjectId: agency.id, agencyId: agency.id, title, payload, dueOn: null };
}

// ── insertion ───────────────────────────────────────────────────────────────

/**
 * Insert the 公示 with the head of the region's audit chain in its payload, and record that head
 * as an anchor (docs/audit-anchoring.md), all in the caller's transaction. The publication's own
 * audit event is appended first, so the head it carries covers its own publishing too.
 */
async function insert(ctx: PublishContext, draft: Draft, correctsId: string | null): Promise<PublishedRef> {
  assertPublicPayload(draft.payload);
  const bundle = isRecord(draft.bundle) ? draft.bundle : null;
  if (bundle) assertPublicPayload(bundle, 'bundle');
  const publishedAt = ctx.now();
  const id = randomUUID();
  const ref: PublishedRef = {
    id,
    kind: draft.kind,
    subjectId: draft.subjectId,
    agencyId: draft.agencyId,
    title: draft.title,
    dueOn: draft.dueOn,
    publishedAt,
    correctsId,
  };
  await ctx.audit.record({
    action: correctsId ? 'publication.correct' : `publication.publish.${draft.kind}`,
    subjectKind: 'publication',
    subjectId: id,
    after: { ...ref, publishedAt: publishedAt.toISOString() },
  });
  const auditHead = await lockedAuditHead(ctx.db, ctx.scope.regionCode);
  const payload = { ...(draft.payload as Record<string, unknown>), auditHead };
  try {
    const proof = bundle ? proofSummary(bundle, Buffer.byteLength(JSON.stringify(bundle))) : null;
    await insertPublication(ctx.db, ctx.scope, { ...draft, id, payload, bundle, proof, publishedAt, publishedBy: ctx.actor.userId, correctsId });
  } catch (error) {
    // The unique indexes settle a race between two publishers: the second one loses.
    if ((error as { code?: string }).code === '23505') {
      throw new DomainError('conflict', correctsId ? '该公示刚刚已被更正，请刷新后更正最新版本' : '已公示过，如需修改请发布更正公示', {
        reason: 'already_published',
        cause: error,
      });
    }
    throw error;
  }
  await insertPublicationAnchor(ctx.db, ctx.scope.regionCode, { publicationId: id, head: auditHead, at: publishedAt, day: dateInShanghai(publishedAt) });
  return ref;
}

async function publishNew(ctx: PublishContext, draft: Draft): Promise<PublishedRef> {
  const existing = await findOriginalPublication(ctx.db, ctx.scope, draft);
  if (existing) throw new DomainError('conflict', '已公示过，如需修改请发布更正公示', { reason: 'already_published' });
  return insert(ctx, draft, null);
}

// ── the use cases ───────────────────────────────────────────────────────────

/** 抽查工作计划公告 for a plan version already approved and published (its published version). */
export async function publishAnnualPlan(ctx: PublishContext, planId: string): Promise<PublishedRef> {
  return publishNew(ctx, await draftAnnualPlan(ctx, planId));
}

/** 抽查任务公告: the task, its drawn list, the commitment and the proof bundle, by the lead agency. */
export async function publishJointTask(ctx: PublishContext, taskId: string): Promise<PublishedRef> {
  const published = await publishNew(ctx, await draftJointTask(ctx, taskId));
  // From now on each enterprise of the pool finds this draw in its own area (one lookup by USCC).
  const draw = await findDrawOfTask(ctx.db, ctx.scope, taskId);
  if (draw) await indexDrawPool(ctx.db, ctx.scope, draw.id);
  return published;
}

/**
 * 检查结果公告 of one agency for one check (谁检查、谁公开): every result of that agency approved by
 * its leader; due 20 working days after the check ended. `agencyId` defaults to the caller's.
 */
export async function publishCheckResults(ctx: PublishContext, checkId: string, agencyId?: string): Promise<PublishedRef> {
  const agency = agencyId ?? ctx.actor.agencyId;
  if (!agency) throw new DomainError('forbidden', '领导小组或平台账号不属于任何部门，不能公示检查结果', { reason: 'no_agency' });
  return publishNew(ctx, await draftCheckResults(ctx, checkId, agency));
}

/** 行政处罚信息 of a decision already approved and published. */
export async function publishSanction(ctx: PublishContext, sanctionId: string): Promise<PublishedRef> {
  return publishNew(ctx, await draftSanction(ctx, sanctionId));
}

/** How each kind that may be corrected is drafted again from its subject as it is now. */
const redraft: Partial<Record<PublicationKind, (ctx: PublishContext, original: { subjectId: string; agencyId: string }) => Promise<Draft>>> = {
  annual_plan: (ctx, original) => draftAnnualPlan(ctx, original.subjectId),
  joint_task: (ctx, original) => draftJointTask(ctx, original.subjectId),
  result: (ctx, original) => draftCheckResults(ctx, original.subjectId, original.agencyId),
  sanction: (ctx, original) => draftSanction(ctx, original.subjectId),
  item_list: (ctx, original) => draftItemList(ctx, original.subjectId),
};

/**
 * 更正: a new publication pointing at the one it corrects, rebuilt from the subject as it is now,
 * with the reason; the old one stays as it was. Only the latest version can be corrected.
 */
export async function correctPublication(ctx: PublishContext, publicationId: string, reason: string): Promise<PublishedRef> {
  const original = await getPublication(ctx.db, ctx.scope, accessibleBy(PUBLIC_ABILITY, 'read', 'Publication'), publicationId);
  if (!original) throw notFound('Publication');
  canPublishFor(ctx, original);
  if (original.correctedById) {
    throw new DomainError('conflict', '该公示已被更正过，请更正最新的版本', {
      reason: 'already_corrected',
      issues: [{ field: 'id', message: `最新版本：${original.correctedById}` }],
    });
  }
  const again = redraft[original.kind];
  if (!again) throw new DomainError('precondition_failed', '此类公示不能在此更正', { reason: 'correction_unsupported' });
  const draft = await again(ctx, original);
  const payload = { ...(draft.payload as Record<string, unknown>), correction: { correctsId: original.id, reason } };
  // A new version of an item list is dated in its own title; anything else is marked 更正.
  const title = original.kind === 'item_list' ? draft.title : `【更正】${draft.title}`;
  return insert(ctx, { ...draft, title, payload, dueOn: original.dueOn }, original.id);
}

/**
 * After a substitution the drawn list changed: a task already on 公示 gets a correction rebuilt
 * from the task as it is now (new list, bundle with the substitution, so it still verifies), with
 * the substitution as its reason. A task not yet published needs nothing: its 公示 will carry it.
 */
export async function republishTaskAfterSubstitution(ctx: PublishContext, taskId: string, reason: string): Promise<PublishedRef | null> {
  const current = await findCurrentPublication(ctx.db, ctx.scope, { kind: 'joint_task', subjectId: taskId });
  return current ? correctPublication(ctx, current.id, reason) : null;
}

/**
 * 随机抽查事项清单 of an agency, as its published items stand today: the first time a new 公示,
 * afterwards a new version that replaces the previous one (the old one stays readable).
 */
export async function publishItemList(ctx: PublishContext, agencyId: string): Promise<PublishedRef> {
  const current = await findCurrentPublication(ctx.db, ctx.scope, { kind: 'item_list', subjectId: agencyId });
  return current ? correctPublication(ctx, current.id, '事项清单更新') : publishNew(ctx, await draftItemList(ctx, agencyId));
}
