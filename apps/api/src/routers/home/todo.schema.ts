import { z } from 'zod';

const ZTaskAction = z.enum(['confirm', 'commit', 'reveal', 'freeze', 'await_commitments', 'select', 'configure']);

const panel = <K extends string, I extends z.ZodType>(key: K, item: I) => z.object({ key: z.literal(key), items: z.array(item) });

const ZPlanItem = z.object({
  planId: z.uuid(),
  year: z.number().int(),
  title: z.string(),
  version: z.number().int(),
  status: z.string(),
  adjustmentReason: z.string().nullable(),
});
const ZHazardItem = z.object({ hazardId: z.uuid(), objectName: z.string(), description: z.string() });
const ZDue = { dueOn: z.string().nullable(), dueProvisional: z.boolean() };

/**
 * The caller's home page: one panel per thing its roles attend to, each listing what needs
 * the caller now. Panels come in display order; the portal words them.
 */
export const ZTodo = z.object({
  panels: z.array(
    z.discriminatedUnion('key', [
      panel(
        'tasks',
        z.object({
          taskId: z.uuid(),
          code: z.string(),
          title: z.string(),
          action: ZTaskAction,
          drawId: z.uuid().nullable(),
          waiting: z.number().int(),
          revealDeadline: z.date().nullable(),
        }),
      ),
      panel('plan-approvals', ZPlanItem),
      panel('result-approvals', z.object({ checkId: z.uuid(), objectName: z.string(), taskCode: z.string(), submitted: z.number().int() })),
      panel('hazard-writeoff', ZHazardItem),
      panel('sanction-approvals', z.object({ sanctionId: z.uuid(), decisionNo: z.string(), objectName: z.string(), penalty: z.string() })),
      panel('plans', ZPlanItem),
      panel(
        'publish',
        z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('task'), taskId: z.uuid(), code: z.string(), title: z.string() }),
          z.object({ kind: z.literal('result'), checkId: z.uuid(), objectName: z.string(), taskCode: z.string(), overdue: z.boolean(), ...ZDue }),
        ]),
      ),
      panel('checks', z.object({ checkId: z.uuid(), objectName: z.string(), status: z.string(), scheduledOn: z.string().nullable() })).extend({
        mine: z.boolean(),
      }),
      panel('notes', z.object({ noteId: z.uuid(), subject: z.string(), createdByName: z.string(), dueOn: z.string().nullable() })),
      panel('overdue-hazards', ZHazardItem),
      panel('overdue-results', z.object({ checkId: z.uuid(), objectName: z.string(), agencyName: z.string(), ...ZDue })),
    ]),
  ),
});
export type TodoPanel = z.infer<typeof ZTodo>['panels'][number];
