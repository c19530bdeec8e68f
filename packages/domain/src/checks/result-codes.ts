import { vocabulary } from '../vocabulary/words.js';

/**
 * 检查结果: the standard result of one item of a check, in the safety-sector wording of
 * the national 双随机 result list (domain-research §3.4), and the 核查方式.
 */
export const { codes: RESULT_CODE_LIST, labels: RESULT_CODES } = vocabulary({
  no_problem: '未发现问题',
  fixed_on_site: '发现问题已当场整改',
  ordered_to_rectify: '发现问题已责令限期整改',
  major_hazard: '发现重大事故隐患',
  case_filed: '发现违法行为已立案查处',
  other_department: '违反其他部门相关规定（已抄告）',
  not_cooperating: '不配合检查情节严重',
  closed_or_suspended: '已关闭停业或正在组织清算',
  unreachable: '通过登记的住所（经营场所）无法联系',
  activity_not_found: '未发现开展本次抽查涉及的经营活动',
});
export type ResultCode = (typeof RESULT_CODE_LIST)[number];

/**
 * Results that count as "problems found", in the oversight figures and in credit records alike.
 * 关闭停业、无法联系、未发现相关经营活动 say the check could not look, not that it found a problem.
 */
export const PROBLEM_RESULT_CODES: readonly ResultCode[] = [
  'fixed_on_site',
  'ordered_to_rectify',
  'major_hazard',
  'case_filed',
  'other_department',
  'not_cooperating',
];
const PROBLEMS: ReadonlySet<string> = new Set(PROBLEM_RESULT_CODES);

export function isProblemResult(code: string): boolean {
  return PROBLEMS.has(code);
}

export const { codes: VERIFICATION_METHOD_LIST, labels: VERIFICATION_METHODS } = vocabulary({
  on_site: '实地检查',
  documentary: '书面检查',
  other_authority: '行政部门检查结果或专业意见',
  testing: '检验检测',
  online: '网络监测',
  commissioned: '委托专业机构辅助',
});
export type VerificationMethod = (typeof VERIFICATION_METHOD_LIST)[number];
