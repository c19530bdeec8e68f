/**
 * What an uploaded file really is, from its bytes (never from its name): JPEG, PNG, PDF, or an
 * Office Open XML document (.docx / .xlsx, recognised by the parts inside the ZIP container).
 */
export interface FileType {
  mime: string;
  /** The extension its download name gets. */
  ext: string;
  /** Other extensions that name the same type (a photo may stay `.jpeg`). */
  aliases?: string[];
  label: string;
}

const JPEG: FileType = { mime: 'image/jpeg', ext: 'jpg', aliases: ['jpeg'], label: 'JPEG 图片' };
const PNG: FileType = { mime: 'image/png', ext: 'png', label: 'PNG 图片' };
const PDF: FileType = { mime: 'application/pdf', ext: 'pdf', label: 'PDF 文档' };
const DOCX: FileType = { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx', label: 'Word 文档' };
const XLSX: FileType = { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx', label: 'Excel 表格' };

const TYPES = [JPEG, PNG, PDF, DOCX, XLSX];

/** The accepted type stored under this MIME type (rows keep the type detected at upload). */
export function fileTypeOfMime(mime: string): FileType | null {
  return TYPES.find((t) => t.mime === mime) ?? null;
}

export const ACCEPTED_LABELS = '图片（jpg、png）、PDF、Word（docx）或 Excel（xlsx）';

const startsWith = (bytes: Buffer, signature: number[]) => bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

export function detectFileType(bytes: Buffer): FileType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF; // %PDF-
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntryNames(bytes);
    if (names === null || !names.has('[Content_Types].xml')) return null;
    if (names.has('word/document.xml')) return DOCX;
    if (names.has('xl/workbook.xml')) return XLSX;
  }
  return null;
}

const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;

/** Entry names from the ZIP central directory, or null when the container is malformed. */
export function zipEntryNames(bytes: Buffer): Set<string> | null {
  let eocd = -1;
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = bytes.readUInt16LE(eocd + 10);
  let p = bytes.readUInt32LE(eocd + 16);
  const names = new Set<string>();
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL_ENTRY) return null;
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    if (p + 46 + nameLength > bytes.length) return null;
    names.add(bytes.toString('utf8', p + 46, p + 46 + nameLength));
    p += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

const MAX_NAME = 200;
/** Control characters, and the bidi controls that make `evil\u202Efdp.exe` read as `evilexe.pdf`. */
const HIDDEN = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
/** What counts as an extension to replace; anything else after the last dot is kept as part of the name. */
const EXTENSION = /^[A-Za-z][A-Za-z0-9]{0,7}$/;

/**
 * The name a file is kept and offered under: no path, no control characters, bounded length, and
 * always the extension of what its bytes are — a PDF uploaded as `evil.html` downloads as
 * `evil.pdf`, so no browser or desktop opens it as something else.
 */
export function cleanFilename(name: string, type: FileType): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .replace(HIDDEN, '')
    .trim()
    .replace(/[.\s]+$/, '');
  if (base === '' || base === '.' || base === '..') return `附件.${type.ext}`;
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 ? base.slice(dot + 1) : '';
  if ([type.ext, ...(type.aliases ?? [])].includes(extension.toLowerCase()))
    return base.length <= MAX_NAME ? base : `${[...base.slice(0, dot)].slice(0, MAX_NAME - extension.length - 1).join('')}.${extension}`;
  const stem = EXTENSION.test(extension) ? base.slice(0, dot) : base;
  return `${[...stem].slice(0, MAX_NAME - type.ext.length - 1).join('')}.${type.ext}`;
}

/** The download name of a stored row: rows kept before names followed their type get it here. */
export function downloadName(filename: string, mime: string): string {
  const type = fileTypeOfMime(mime);
  return type ? cleanFilename(filename, type) : filename;
}
