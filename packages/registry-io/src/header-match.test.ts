import { describe, expect, it } from 'vitest';
import { headerKey, matchHeaders } from './header-match.js';
import { inspectionItemTemplate } from './templates/inspection-item-template.js';
import { inspectorTemplate } from './templates/inspector-template.js';
import { objectTemplate } from './templates/object-template.js';

describe('header matching', () => {
  it('folds full-width brackets, blanks, asterisks and 必填 marks', () => {
    expect(headerKey(' *属地乡镇（街道） ')).toBe(headerKey('属地乡镇(街道)'));
    expect(headerKey('＊统一社会信用代码（必填）')).toBe('统一社会信用代码');
    expect(headerKey('企 业 名 称')).toBe('企业名称');
    expect(headerKey('USCC')).toBe('uscc');
  });

  it('maps template headers and aliases to fields, and lists the rest as ignored', () => {
    const match = matchHeaders(['统一社会信用代码/注册号', '市场主体名称', '乡镇(街道)', '监管行业', '风险分类', '联络人', ''], objectTemplate.columns);
    expect([...match.columns]).toEqual([
      ['uscc', 0],
      ['name', 1],
      ['townshipCode', 2],
      ['sectorCode', 3],
      ['riskClass', 4],
    ]);
    expect(match.missing).toEqual([]);
    expect(match.ignored).toEqual(['联络人']);
  });

  it('falls back to the header without its note in brackets', () => {
    const match = matchHeaders(['执法证有效期（格式：2026-12-31）', '姓名【必填】', '执法证号'], inspectorTemplate.columns);
    expect(match.columns.get('certificateExpiry')).toBe(0);
    expect(match.columns.get('name')).toBe(1);
  });

  it('reports the required columns that are missing', () => {
    const match = matchHeaders(['姓名'], inspectorTemplate.columns);
    expect(match.missing.map((column) => column.header)).toEqual(['执法证号', '执法证有效期']);
  });

  it('has no alias shared by two columns of one template', () => {
    for (const template of [objectTemplate, inspectorTemplate, inspectionItemTemplate]) {
      const keys = (template.columns as readonly { header: string; aliases: readonly string[] }[]).flatMap((column) =>
        [column.header, ...column.aliases].map(headerKey),
      );
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});
