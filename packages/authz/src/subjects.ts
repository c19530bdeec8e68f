/**
 * One subject per table the API exposes. Child rows without a subject of their own
 * (plan_batch, annual_plan_item, team_member, draw_result, draw_substitution,
 * hazard_progress, attachment, credit_record) are reached through their parent:
 * load the parent through accessibleBy, then the children by the parent's id.
 *
 * Each with its name as users read it in messages; the keys are the CASL subject types.
 */
export const subjectLabels = {
  Agency: '部门',
  Unit: '股室',
  User: '用户',
  Tag: '标签',
  Sector: '细分行业',
  InspectionItem: '抽查事项',
  Object: '检查对象',
  ObjectSupervision: '监管关系',
  Inspector: '执法检查人员',
  Conflict: '回避记录',
  AnnualPlan: '年度抽查计划',
  JointTask: '联合抽查任务',
  JointTaskParticipant: '参与部门',
  JointTaskItem: '任务抽查事项',
  JointTaskInspector: '任务检查人员',
  Draw: '抽取',
  DrawEntropy: '随机源',
  Check: '检查',
  CheckResult: '检查结果',
  FollowUpAction: '后续处置',
  Hazard: '隐患',
  Sanction: '行政处罚',
  CaseCheck: '个案检查',
  InspectionCap: '年度检查频次上限',
  Campaign: '专项检查',
  Publication: '公示',
  SupervisionNote: '督办单',
  AuditEvent: '审计日志',
} satisfies Record<string, string>;
export type SubjectType = keyof typeof subjectLabels;

export const subjectTypes = Object.keys(subjectLabels) as readonly SubjectType[];

export function isSubjectType(value: string): value is SubjectType {
  return (subjectTypes as readonly string[]).includes(value);
}
