import { describe, expect, it } from 'vitest';
import { templateFile } from '@liancha/registry-io';
import { cleanFilename, detectFileType, zipEntryNames } from './file-type.js';
import { TEST_FILES } from './test-files.js';

describe('detectFileType: by content, never by name', () => {
  it('recognises each accepted type', () => {
    expect(detectFileType(TEST_FILES.jpeg)?.ext).toBe('jpg');
    expect(detectFileType(TEST_FILES.png)?.ext).toBe('png');
    expect(detectFileType(TEST_FILES.pdf)?.ext).toBe('pdf');
    expect(detectFileType(TEST_FILES.docx)?.ext).toBe('docx');
    expect(detectFileType(TEST_FILES.xlsx)?.ext).toBe('xlsx');
  });

  it('recognises a real workbook written by exceljs', async () => {
    const bytes = Buffer.from(await templateFile('object', 'xlsx'));
    expect(detectFileType(bytes)?.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('refuses other zips, executables, markup, truncated and empty files', () => {
    expect(detectFileType(TEST_FILES.zip)).toBeNull();
    expect(detectFileType(TEST_FILES.exe)).toBeNull();
    expect(detectFileType(TEST_FILES.html)).toBeNull();
    expect(detectFileType(TEST_FILES.docx.subarray(0, TEST_FILES.docx.length - 30))).toBeNull();
    expect(detectFileType(Buffer.alloc(0))).toBeNull();
    expect(zipEntryNames(Buffer.from('PK\x03\x04'))).toBeNull();
  });
});

describe('cleanFilename', () => {
  const pdf = detectFileType(TEST_FILES.pdf)!;
  it('drops paths and control characters and bounds the length', () => {
    expect(cleanFilename('../../etc/passwd', pdf)).toBe('passwd');
    expect(cleanFilename('C:\\整改\\报告\u0000.pdf', pdf)).toBe('报告.pdf');
    expect(cleanFilename('a'.repeat(300), pdf)).toHaveLength(200);
    expect(cleanFilename('..', pdf)).toBe('附件.pdf');
    expect(cleanFilename('  ', pdf)).toBe('附件.pdf');
  });
});
