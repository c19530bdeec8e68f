import { RESULT_CODES } from '@liancha/domain';

/**
 * Result codes as a 公示 reads them: the checks' own vocabulary (@liancha/domain RESULT_CODES);
 * a code unknown there is shown as recorded.
 */
export function resultLabel(code: string): string {
  return (RESULT_CODES as Record<string, string>)[code] ?? code;
}

/**
 * "Problems found" in the oversight figures are results other than 未发现问题 (issue 5, §8) —
 * wider than `isProblemResult`, which leaves out unreachable, closed and no-activity results.
 */
export const NO_PROBLEM_RESULT_CODES: readonly string[] = ['no_problem'];

export function isNoProblem(code: string): boolean {
  return NO_PROBLEM_RESULT_CODES.includes(code);
}
