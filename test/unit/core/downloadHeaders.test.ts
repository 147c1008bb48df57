// The headers of the agent API's attachment download: a Content-Disposition every client reads back to the stored
// file name (RFC 6266 / RFC 8187), that can never be turned into another header, and a Content-Type that is only ever
// a media type.
import { contentDisposition, downloadContentType } from '../../../src/app/core/downloadHeaders';

/** what a current client takes as the name: filename* when present (decoded), else the quoted filename */
function nameOf(header: string): string {
  const ext = /; filename\*=UTF-8''([^;]*)$/.exec(header);
  if (ext) return decodeURIComponent(ext[1]);
  return /filename="([^"]*)"/.exec(header)![1];
}

describe('contentDisposition', () => {
  test('a plain ASCII name: attachment with the quoted name only', () => {
    expect(contentDisposition('error-rate.png')).toBe('attachment; filename="error-rate.png"');
    expect(contentDisposition('dump 2026-11-22.bin')).toBe('attachment; filename="dump 2026-11-22.bin"');
  });

  test.each([
    ['non-ASCII letters', 'Grüße aus Köln.txt', 'Gr__e aus K_ln.txt'],
    ['CJK', '東京.log', '__.log'],
    ['an emoji (a surrogate pair)', 'ok ✅ 🚀.txt', 'ok _ __.txt'],
    ['a quote and a backslash', 'say "hi"\\now.txt', 'say _hi__now.txt'],
    ['a percent sign', '100%25.txt', '100_25.txt'],
  ])('%s: an ASCII fallback plus the exact name as filename*', (_what, name, fallback) => {
    const header = contentDisposition(name);
    expect(header.startsWith(`attachment; filename="${fallback}"; filename*=UTF-8''`)).toBe(true);
    expect(nameOf(header)).toBe(name);
    // only RFC 8187 attr-chars and percent escapes after UTF-8''
    expect(/filename\*=UTF-8''([A-Za-z0-9!#$&+\-.^_`|~%]*)$/.test(header)).toBe(true);
  });

  test("the characters encodeURIComponent leaves but RFC 8187 does not allow (' ( ) *) are percent-encoded", () => {
    const header = contentDisposition("it's (final)*.txt\u00e9");
    expect(header).toContain("filename*=UTF-8''it%27s%20%28final%29%2A.txt%C3%A9");
    expect(nameOf(header)).toBe("it's (final)*.txt\u00e9");
  });

  test('control characters are dropped: a stored name cannot add a header line', () => {
    const header = contentDisposition('report.txt\r\nSet-Cookie: session=stolen');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toBe('attachment; filename="report.txtSet-Cookie: session=stolen"');
  });

  test('an empty or blank name becomes "attachment"', () => {
    for (const name of ['', '   ', null, undefined, '\r\n']) expect(contentDisposition(name)).toBe('attachment; filename="attachment"');
  });

  test('a name with a lone surrogate (no UTF-8 form) keeps the fallback only', () => {
    expect(contentDisposition('broken\ud800.txt')).toBe('attachment; filename="broken_.txt"');
  });
});

describe('downloadContentType', () => {
  test.each(['image/png', 'application/pdf', 'text/plain; charset=utf-8', 'application/vnd.ms-excel', 'application/ld+json'])('%s is sent as stored', (type) => {
    expect(downloadContentType(type)).toBe(type);
  });

  test.each([
    ['empty', ''],
    ['missing', null],
    ['not a type', 'png'],
    ['a header injection', 'text/html\r\nSet-Cookie: x=1'],
    ['a media range, not a type', '*/*'],
    ['non-ASCII', 'text/plän'],
  ])('%s falls back to application/octet-stream', (_what, type) => {
    expect(downloadContentType(type)).toBe('application/octet-stream');
  });
});
