// The documented examples of "GlideStringUtil - Scoped, Global", and the scoped API surface.
import { GlideStringUtil } from '../../glide/services/GlideStringUtil';

describe('GlideStringUtil', () => {
  it('escapes and unescapes HTML as documented', () => {
    expect(GlideStringUtil.escapeHTML('"<>&')).toBe('&quot;&lt;&gt;&amp;');
    expect(GlideStringUtil.unescapeHTML('&quot;&lt;&gt;&amp;')).toBe('"<>&');
    expect(GlideStringUtil.unEscapeHTML('&quot;&lt;&gt;&amp;')).toBe('"<>&');
    // &amp; is undone last, so an escaped entity stays an entity.
    expect(GlideStringUtil.unescapeHTML('&amp;lt;')).toBe('&lt;');
    expect(GlideStringUtil.unescapeHTML(GlideStringUtil.escapeHTML('a < b && c > "d"'))).toBe('a < b && c > "d"');
  });
  it('validates Base64 and sys_ids', () => {
    expect(GlideStringUtil.isBase64('GethdTYehdtshetB*')).toBe(false);
    expect(GlideStringUtil.isBase64('SGVsbG8=')).toBe(true);
    expect(GlideStringUtil.isBase64('SGV=sbG8')).toBe(false);
    expect(GlideStringUtil.isEligibleSysID('62826bf03710200044e0bfc8bcbe5df1')).toBe(true);
    expect(GlideStringUtil.isEligibleSysID('62826bf03710200044e0bfc8bcbe5df')).toBe(false);
    expect(GlideStringUtil.isEligibleSysID('g2826bf03710200044e0bfc8bcbe5df1')).toBe(false);
  });
  it('handles line breaks, whitespace, digits and query separators as documented', () => {
    expect(GlideStringUtil.newLinesToBreaks('new line break \n, this is after the break')).toBe('new line break <br/>, this is after the break');
    expect(GlideStringUtil.normalizeWhitespace('test with \n (new line) and \t (tabulation)')).toBe('test with (new line) and (tabulation)');
    expect(GlideStringUtil.normalizeWhitespace('  a\r\n\tb  ')).toBe('a b');
    expect(GlideStringUtil.getNumeric('123 test 456 String 789 cleaning')).toBe('123456789');
    expect(GlideStringUtil.escapeQueryTermSeparator('test^Test')).toBe('test^^Test');
  });
  it('has no base64Encode/base64Decode: they are not on the scoped API list (scoped scripts use gs.base64Encode)', () => {
    expect((GlideStringUtil as any).base64Encode).toBeUndefined();
    expect((GlideStringUtil as any).base64Decode).toBeUndefined();
  });
});
