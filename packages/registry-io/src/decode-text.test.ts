import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';
import { encodeGbk, utf8, utf8Bom } from './test-support/encode.js';

const TEXT = '统一社会信用代码,企业名称\r\n91350881MA31XK7Q2B,漳平市菁城街道（和平路）加油站\r\n';

describe('decodeText', () => {
  it('detects UTF-8 with and without BOM, and GBK', () => {
    expect(decodeText(utf8Bom(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8-bom' });
    expect(decodeText(utf8(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeText(encodeGbk(TEXT))).toEqual({ text: TEXT, encoding: 'gbk' });
  });

  it('treats pure ASCII as UTF-8', () => {
    expect(decodeText(utf8('a,b\r\n'))).toEqual({ text: 'a,b\r\n', encoding: 'utf-8' });
  });

  it('decodes the GB 18030 extensions of GBK too (e.g. the euro sign byte 0x80)', () => {
    expect(decodeText(new Uint8Array([0x80, 0x2c, ...encodeGbk('漳平')]))).toEqual({ text: '€,漳平', encoding: 'gbk' });
  });

  it('rejects UTF-16, undecodable bytes and binary data', () => {
    expect(() => decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x41]))).toThrow('暂不支持UTF-16编码的文本文件');
    expect(() => decodeText(new Uint8Array([0x41, 0xff]))).toThrow('无法识别文件的文字编码');
    expect(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3]))).toThrow('无法识别文件的文字编码');
    expect(() => decodeText(utf8('a\u0000b'))).toThrow('无法识别文件的文字编码');
  });
});
