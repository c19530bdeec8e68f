import { describe, expect, it } from 'vitest';
import { assertSanctionEditable, nextSanctionStatus, yuan } from './sanction-state.js';

describe('sanction states', () => {
  it('walks draft → approved → published', () => {
    expect(nextSanctionStatus('draft', 'approve')).toBe('approved');
    expect(nextSanctionStatus('approved', 'publish')).toBe('published');
  });

  it('refuses skipped or repeated steps, naming the current state', () => {
    expect(() => nextSanctionStatus('draft', 'publish')).toThrow('行政处罚决定当前状态为“草稿（待审批）”，不能公示：仅“已审批（待公示）”状态可以公示');
    expect(() => nextSanctionStatus('published', 'approve')).toThrow('当前状态为“已公示”，不能审批');
    expect(() => nextSanctionStatus('published', 'publish')).toThrow('当前状态为“已公示”，不能公示');
  });

  it('lets only drafts be edited', () => {
    expect(() => assertSanctionEditable('draft')).not.toThrow();
    expect(() => assertSanctionEditable('approved')).toThrow('当前状态为“已审批（待公示）”，已审批的决定不能再修改');
    expect(() => assertSanctionEditable('published')).toThrow('已公示的行政处罚决定不可更改');
  });

  it('shows fines in yuan', () => {
    expect(yuan(1_234_567)).toBe('12345.67');
  });
});
