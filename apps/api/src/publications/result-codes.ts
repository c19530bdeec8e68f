import { RESULT_CODES } from '@liancha/domain';

/**
 * Result codes as a 公示 reads them: the checks' own vocabulary (@liancha/domain RESULT_CODES);
 * a code unknown there is shown as recorded.
 */
export function resultLabel(code: string): string {
  return (RESULT_CODES as Record<string, string>)[code] ?? code;
}

/** A result announcement names every result other than 未发现问题 (无法联系 and 已关闭 included: that is what was found). */
export function isNoProblem(code: string): boolean {
  return code === 'no_problem';
}
