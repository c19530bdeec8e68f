import { describe, expect, it } from 'vitest';
import { safeNext } from './portal-auth.js';

describe('safeNext', () => {
  it('keeps same-site paths and refuses anything that leaves the portal', () => {
    expect(safeNext('/plans?year=2020')).toBe('/plans?year=2020');
    expect(safeNext(null)).toBe('/');
    expect(safeNext('https://evil.example/')).toBe('/');
    expect(safeNext('//evil.example/')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
  });
});
