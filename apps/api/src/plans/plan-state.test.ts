import { describe, expect, it } from 'vitest';
import { assertPlanEditable, nextPlanStatus } from './plan-state.js';

describe('annual plan states', () => {
  it('walks draft → submitted → approved → published, and back from rejected', () => {
    expect(nextPlanStatus('draft', 'submit')).toBe('submitted');
    expect(nextPlanStatus('submitted', 'approve')).toBe('approved');
    expect(nextPlanStatus('approved', 'publish')).toBe('published');
    expect(nextPlanStatus('submitted', 'reject')).toBe('rejected');
    expect(nextPlanStatus('rejected', 'submit')).toBe('submitted');
  });

  it('refuses a skipped step with the current state in Chinese', () => {
    expect(() => nextPlanStatus('draft', 'publish')).toThrow('计划当前状态为“草稿”，不能公布（需为“已审批（待公布）”）');
    expect(() => nextPlanStatus('published', 'approve')).toThrow('不能审批通过');
    expect(() => assertPlanEditable('approved')).toThrow('请发起调整');
    expect(() => assertPlanEditable('draft')).not.toThrow();
  });
});
