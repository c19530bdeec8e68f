import ExcelJS from 'exceljs';
import { writeCsv } from './csv-writer.js';
import { templateFor } from './templates/index.js';
import type { ColumnSpec } from './templates/column.js';
import type { FileFormat, ReferenceData, ReferenceEntry, RegistryKind } from './types.js';
import {
  GENDER,
  INSPECTOR_STATUS,
  ITEM_CATEGORY,
  OBJECT_STATUS,
  RISK_CLASS,
  SUPERVISION_CATEGORY,
  YES_NO,
  allowedWords,
  type Vocabulary,
} from './vocabulary.js';
import { HEADER_FILL } from './xlsx-writer.js';

export interface TemplateOptions {
  /** When given, the xlsx gets a 可选值 sheet with the region's names and drop-downs that use it. */
  reference?: ReferenceData;
}

/** exceljs supports range validations at runtime; its typings only know per-cell ones. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** Rows that get drop-downs and text format in the blank template. */
const TEMPLATE_ROWS = 5000;

/** Single-choice columns whose drop-down lists a fixed vocabulary. */
const VOCABULARY_OF: Record<string, Vocabulary<string>> = {
  'object.riskClass': RISK_CLASS,
  'object.supervisionCategory': SUPERVISION_CATEGORY,
  'object.status': OBJECT_STATUS,
  'inspector.gender': GENDER,
  'inspector.isExpert': YES_NO,
  'inspector.status': INSPECTOR_STATUS,
  'inspectionItem.category': ITEM_CATEGORY,
};

/** Single-choice columns whose drop-down lists reference data. */
const REFERENCE_OF: Record<string, { title: string; entries: (reference: ReferenceData) => readonly ReferenceEntry[] }> = {
  'object.townshipCode': { title: '乡镇（街道）', entries: (r) => r.townships },
  'object.sectorCode': { title: '行业领域', entries: (r) => r.sectors.filter((s) => s.parentCode === null) },
  'object.subSectorCode': { title: '细分行业', entries: (r) => r.sectors.filter((s) => s.parentCode !== null) },
  'inspector.unitCode': { title: '业务部门（机构）', entries: (r) => r.units },
  'inspector.homeTownshipCode': { title: '乡镇（街道）', entries: (r) => r.townships },
};

/** Multi-value columns: listed in 可选值 without a drop-down. */
const LIST_OF: Record<string, { title: string; entries: (reference: ReferenceData) => readonly ReferenceEntry[] }> = {
  'object.tags': { title: '标签', entries: (r) => r.objectTags },
  'inspector.expertise': { title: '执法领域', entries: (r) => r.expertise },
  'inspectionItem.requiredExpertise': { title: '执法领域', entries: (r) => r.expertise },
  'inspectionItem.applicableSectors': { title: '行业领域', entries: (r) => r.sectors },
};

/**
 * A blank template to fill in. Required headers carry a leading * (import ignores it).
 * CSV: the header line only, since an example row would be imported as data.
 * xlsx: the header sheet (text-formatted code columns, drop-downs), a 填写说明 sheet with
 * an example for every column, and with `reference` a 可选值 sheet.
 */
export async function templateFile(kind: RegistryKind, format: FileFormat, options: TemplateOptions = {}): Promise<Uint8Array> {
  const template = templateFor(kind);
  const columns = template.columns as readonly ColumnSpec[];
  const header = columns.map((column) => (column.required ? `*${column.header}` : column.header));
  if (format === 'csv') return writeCsv(header, []);

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(template.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ width: column.width, ...(column.textFormat ? { style: { numFmt: '@' } } : {}) }));
  const headerRow = sheet.addRow(header);
  headerRow.eachCell((cell, index) => {
    const column = columns[index - 1]!;
    cell.font = { bold: true, color: column.required ? { argb: 'FFC00000' } : undefined };
    cell.fill = HEADER_FILL;
    if (column.hint) cell.note = column.hint;
  });

  const guide = workbook.addWorksheet('填写说明');
  guide.columns = [{ width: 22 }, { width: 8 }, { width: 60 }, { width: 40 }];
  const guideHeader = guide.addRow(['列名', '必填', '填写说明', '示例']);
  guideHeader.font = { bold: true };
  for (const column of columns) {
    guide.addRow([column.header, column.required ? '是' : '', column.hint, column.example]).alignment = { wrapText: true, vertical: 'top' };
  }
  guide.addRow([]);
  guide.addRow([
    '说明',
    '',
    '第一行为表头，请勿修改；从第二行起每行一条。带*的列必须填写。日期可写2026-12-31、2026/12/31或2026年12月31日。可上传.xlsx或.csv（UTF-8或GBK编码）。',
  ]);

  const lists = options.reference ? addChoicesSheet(workbook, kind, columns, options.reference) : new Map<string, string>();
  columns.forEach((column, index) => {
    const key = `${kind}.${column.field}`;
    const vocabulary = VOCABULARY_OF[key];
    const formula = vocabulary ? `"${allowedWords(vocabulary).join(',')}"` : lists.get(key);
    if (!formula) return;
    const letter = sheet.getColumn(index + 1).letter;
    // Offer the list but accept other spellings (codes, aliases): the import decides.
    (sheet as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${TEMPLATE_ROWS + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: false,
    });
  });

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** 可选值: one pair of columns (名称, 代码) per reference list; returns drop-down ranges by column key. */
function addChoicesSheet(workbook: ExcelJS.Workbook, kind: RegistryKind, columns: readonly ColumnSpec[], reference: ReferenceData): Map<string, string> {
  const sheet = workbook.addWorksheet('可选值');
  const ranges = new Map<string, string>();
  let at = 1;
  for (const column of columns) {
    const key = `${kind}.${column.field}`;
    const source = REFERENCE_OF[key] ?? LIST_OF[key];
    if (!source) continue;
    const entries = source.entries(reference);
    const nameColumn = sheet.getColumn(at);
    const codeColumn = sheet.getColumn(at + 1);
    nameColumn.width = 26;
    codeColumn.width = 26;
    sheet.getCell(1, at).value = `${column.header}（名称）`;
    sheet.getCell(1, at + 1).value = '代码';
    sheet.getRow(1).font = { bold: true };
    entries.forEach((entry, i) => {
      sheet.getCell(i + 2, at).value = entry.name;
      sheet.getCell(i + 2, at + 1).value = entry.code;
    });
    if (REFERENCE_OF[key] && entries.length > 0) {
      ranges.set(key, `'可选值'!$${nameColumn.letter}$2:$${nameColumn.letter}$${entries.length + 1}`);
    }
    at += 3;
  }
  return ranges;
}
