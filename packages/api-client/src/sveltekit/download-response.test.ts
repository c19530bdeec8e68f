import { describe, expect, it } from 'vitest';
import { contentDisposition, downloadResponse, rfc5987 } from './download-response.js';

describe('downloadResponse', () => {
  it('sends the file as an attachment with its detected type, never sniffed, never cached', async () => {
    const response = downloadResponse({ bytes: Buffer.from('%PDF-1.7'), mimeType: 'application/pdf', filename: '整改报告.pdf', asciiName: 'attachment-1.pdf' });
    expect(Object.fromEntries(response.headers)).toEqual({
      'content-type': 'application/pdf',
      'content-length': '8',
      'content-disposition': `attachment; filename="attachment-1.pdf"; filename*=UTF-8''%E6%95%B4%E6%94%B9%E6%8A%A5%E5%91%8A.pdf`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    expect(await response.text()).toBe('%PDF-1.7');
  });

  it('keeps a hostile type out of the header', () => {
    expect(downloadResponse({ bytes: 'x', mimeType: 'text/html\r\nx-evil: 1', filename: 'a', asciiName: 'a' }).headers.get('content-type')).toBe(
      'application/octet-stream',
    );
    expect(downloadResponse({ bytes: 'x', mimeType: '', filename: 'a', asciiName: 'a' }).headers.get('content-type')).toBe('application/octet-stream');
  });
});

describe('contentDisposition (RFC 6266 / RFC 5987)', () => {
  it('percent-encodes everything outside attr-char, quotes and parentheses included', () => {
    expect(rfc5987(`it's (final) *.pdf`)).toBe('it%27s%20%28final%29%20%2A.pdf');
    expect(contentDisposition(`it's "x".pdf`, `it's "x".pdf`)).toBe(`attachment; filename="it_s__x_.pdf"; filename*=UTF-8''it%27s%20%22x%22.pdf`);
  });

  it('takes out paths, control characters and broken UTF-16', () => {
    expect(contentDisposition('..\\a/b\r\n.pdf', '')).toBe(`attachment; filename="download"; filename*=UTF-8''.._a_b__.pdf`);
    expect(rfc5987('a\uD800.pdf')).toBe('a%EF%BF%BD.pdf');
  });
});
