import { describe, expect, it } from 'vitest';
import { isProblemResult, RESULT_CODES } from './result-codes.js';

describe('result codes', () => {
  it('tells problems from clean results', () => {
    expect(isProblemResult('no_problem')).toBe(false);
    expect(isProblemResult('unreachable')).toBe(false);
    expect(isProblemResult('closed_or_suspended')).toBe(false);
    expect(isProblemResult('major_hazard')).toBe(true);
    expect(isProblemResult('not_cooperating')).toBe(true);
    expect(isProblemResult('nonsense')).toBe(false);
    expect(RESULT_CODES.no_problem).toBe('未发现问题');
  });
});
