import { FREQUENCY_CAP_PER_YEAR, MIN_OFFICERS_PER_AGENCY, MIN_OFFICERS_PER_TEAM, RISK_CLASSES, STRATUM_FIELDS } from '@liancha/domain';
import { z } from 'zod';

/** Which objects the task draws from (检查对象范围). */
export const ZPoolFilter = z.object({
  /** Objects supervised by any participating agency, or by all of them. */
  supervision: z.enum(['any', 'all']).default('any'),
  sectorCodes: z.array(z.string().max(64)).max(50).optional(),
  subSectorCodes: z.array(z.string().max(64)).max(100).optional(),
  townshipCodes: z
    .array(z.string().regex(/^\d{9}$/))
    .max(100)
    .optional(),
  riskClasses: z.array(z.enum(RISK_CLASSES)).max(RISK_CLASSES.length).optional(),
  tags: z.array(z.string().max(50)).max(50).optional(),
});

const ZSelection = z
  .object({
    ratioBp: z.number().int().min(1, '比例至少万分之一').max(10000, '比例不能超过100%').optional(),
    count: z.number().int().min(0, '数量不能为负').optional(),
    min: z.number().int().min(0).default(0),
    max: z.number().int().min(0).nullable().default(null),
    requiredExpertise: z.array(z.string().max(64)).max(10).default([]),
  })
  .refine((s) => (s.ratioBp === undefined) !== (s.count === undefined), { message: '每个分层须填写抽查比例或抽查数量（二选一）' });

/** The object matrix: strata, a rule per stratum (ratio or count), exclusion and cap rules. */
export const ZMatrix = z.object({
  stratifyBy: z.array(z.enum(STRATUM_FIELDS)).min(1).max(3).default(['sectorCode']),
  rules: z
    .array(ZSelection.and(z.object({ stratum: z.string().min(1).max(200) })))
    .max(200)
    .default([]),
  default: ZSelection.nullable().default(null),
  /** Frequency caps per risk class for this year (漳平: once a year); never looser than the plan's (plans/plan-caps.ts). */
  frequencyCap: z
    .object({ default: z.number().int().min(0).nullable(), byRiskClass: z.partialRecord(z.enum(RISK_CLASSES), z.number().int().min(0).nullable()).default({}) })
    .default({ default: FREQUENCY_CAP_PER_YEAR, byRiskClass: {} }),
  /** Objects on a key-check list (重点) are not drawn at random. */
  excludeKeyCheckList: z.boolean().default(true),
});
export type Matrix = z.infer<typeof ZMatrix>;

/** Team rules (检查组): seats, per-agency minimums, experts, load cap, 回避 options. */
export const ZTeamRules = z.object({
  officersPerTeam: z.number().int().min(MIN_OFFICERS_PER_TEAM, `每个检查组至少${MIN_OFFICERS_PER_TEAM}名执法人员`).max(10),
  expertsPerTeam: z.number().int().min(0).max(5).default(0),
  /** Minimum officers per participating agency (or unit), by id; default and least MIN_OFFICERS_PER_AGENCY each. */
  minOfficers: z
    .record(z.string(), z.number().int().min(MIN_OFFICERS_PER_AGENCY, `联合检查中每个参加部门每组至少派出${MIN_OFFICERS_PER_AGENCY}名执法人员`).max(5))
    .default({}),
  maxChecksPerOfficer: z.number().int().min(1).max(1000),
  homeAreaConflict: z.boolean().default(false),
  recentRepeatYears: z.number().int().min(0).max(10).default(0),
});
