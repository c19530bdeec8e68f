import { describe, expect, it } from 'vitest';
import { templateFile } from '@liancha/registry-io';
import { cleanFilename, detectFileType, downloadName, zipEntryNames } from './file-type.js';
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
    expect(cleanFilename('../../etc/passwd', pdf)).toBe('passwd.pdf');
    expect(cleanFilename('C:\\整改\\报告\u0000.pdf', pdf)).toBe('报告.pdf');
    expect(cleanFilename('a'.repeat(300), pdf)).toHaveLength(200);
    expect(cleanFilename('..', pdf)).toBe('附件.pdf');
    expect(cleanFilename('  ', pdf)).toBe('附件.pdf');
  });

  it('gives the name the extension of the detected type', () => {
    const jpeg = detectFileType(TEST_FILES.jpeg)!;
    expect(cleanFilename('evil.html', pdf)).toBe('evil.pdf');
    expect(cleanFilename('整改报告', pdf)).toBe('整改报告.pdf');
    expect(cleanFilename('整改报告.PDF', pdf)).toBe('整改报告.PDF');
    expect(cleanFilename('现场照片.jpeg', jpeg)).toBe('现场照片.jpeg');
    expect(cleanFilename('现场照片.png', jpeg)).toBe('现场照片.jpg');
    expect(cleanFilename('报告v1.2', pdf)).toBe('报告v1.2.pdf');
    expect(cleanFilename('invoice.pdf.exe', pdf)).toBe('invoice.pdf.pdf');
    expect(cleanFilename('evil.html. . ', pdf)).toBe('evil.pdf');
    expect(cleanFilename(`${'长'.repeat(250)}.html`, pdf)).toBe(`${'长'.repeat(196)}.pdf`);
  });

  it('drops bidi controls that disguise the extension', () => {
    expect(cleanFilename('invoice\u202Efdp.exe', pdf)).toBe('invoicefdp.pdf');
  });
});

describe('downloadName', () => {
  it('renames rows kept under a misleading name, and leaves unknown types alone', () => {
    expect(downloadName('evil.html', 'application/pdf')).toBe('evil.pdf');
    expect(downloadName('plan.pdf', 'application/pdf')).toBe('plan.pdf');
    expect(downloadName('x.bin', 'application/x-unknown')).toBe('x.bin');
  });
});
