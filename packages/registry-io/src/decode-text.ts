import { DomainError } from '@liancha/domain';
import type { TextEncoding } from './types.js';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const SAVE_AS_HINT = '请在Excel中另存为“CSV UTF-8（逗号分隔）”或.xlsx后重新上传';

/**
 * CSV bytes → text. A UTF-8 BOM wins; otherwise bytes that are valid UTF-8 are UTF-8;
 * otherwise GBK, which is what Excel on Chinese Windows writes for “CSV（逗号分隔）”.
 * GBK is decoded with the GB 18030 decoder, its superset.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new DomainError('bad_request', `暂不支持UTF-16编码的文本文件，${SAVE_AS_HINT}`, { reason: 'unsupported_encoding' });
  }
  let decoded: DecodedText;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    decoded = { text: strictDecode('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
  } else {
    const utf8 = tryDecode('utf-8', bytes);
    decoded = utf8 !== undefined ? { text: utf8, encoding: 'utf-8' } : { text: strictDecode('gb18030', bytes), encoding: 'gbk' };
  }
  // NUL never occurs in a text file; its presence means a binary file with a .csv name.
  if (decoded.text.includes('\u0000')) throw undecodable();
  return decoded;
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function strictDecode(label: string, bytes: Uint8Array): string {
  const text = tryDecode(label, bytes);
  if (text === undefined) throw undecodable();
  return text;
}

function undecodable(): DomainError {
  return new DomainError('bad_request', `无法识别文件的文字编码（支持UTF-8、带BOM的UTF-8和GBK），${SAVE_AS_HINT}`, { reason: 'undecodable_text' });
}
