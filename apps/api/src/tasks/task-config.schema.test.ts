import { describe, expect, it } from 'vitest';
import { ZMatrix, ZTeamRules } from './task-config.schema.js';

const rules = { officersPerTeam: 3, expertsPerTeam: 0, maxChecksPerOfficer: 10 };
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe('team and matrix rules keep the seed’s minimums', () => {
  it('refuses a team of fewer than 2 officers', () => {
    expect(messages(ZTeamRules.safeParse({ ...rules, officersPerTeam: 1 }))).toEqual(['每个检查组至少2名执法人员']);
  });

  it('refuses to leave a participating agency without an officer in every team', () => {
    expect(messages(ZTeamRules.safeParse({ ...rules, minOfficers: { 'agency-a': 0 } }))).toEqual(['联合检查中每个参加部门每组至少派出1名执法人员']);
    expect(ZTeamRules.parse({ ...rules, minOfficers: { 'agency-a': 2 } }).minOfficers).toEqual({ 'agency-a': 2 });
  });

  it('caps each object at once a year unless the matrix says otherwise', () => {
    expect(ZMatrix.parse({}).frequencyCap).toEqual({ default: 1, byRiskClass: {} });
  });
});
