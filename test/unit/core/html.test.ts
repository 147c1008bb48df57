import { escapeHtml, htmlToText, textToHtml } from '../../../src/app/core/html';

describe('escapeHtml', () => {
  it.each([
    ['<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['&amp; already escaped', '&amp;amp; already escaped'],
    ["it's", 'it&#39;s'],
    ['plain', 'plain'],
    ['', ''],
  ])('%j -> %j', (text, html) => {
    expect(escapeHtml(text)).toBe(html);
  });

  it('treats null and undefined as empty', () => {
    expect(escapeHtml(null as unknown as string)).toBe('');
    expect(escapeHtml(undefined as unknown as string)).toBe('');
  });
});

describe('textToHtml', () => {
  it.each([
    ['line 1\nline 2', 'line 1<br>line 2'],
    ['windows\r\nline\rold mac', 'windows<br>line<br>old mac'],
    ['a\n\nb', 'a<br><br>b'],
    ['<b>not bold</b> & more', '&lt;b&gt;not bold&lt;/b&gt; &amp; more'],
    ['a  b', 'a &nbsp;b'],
    ['a    b', 'a &nbsp;&nbsp;&nbsp;b'],
    ['  indented', '&nbsp; indented'],
    ['one space', 'one space'],
  ])('%j -> %j', (text, html) => {
    expect(textToHtml(text)).toBe(html);
  });

  it.each([
    'Disk full on db01\nSecond line',
    'Tom & Jerry <tag> "quoted" \'single\'',
    'a  b   c',
    '  leading spaces',
    'para one\n\npara two',
    'unicode: café – 😀',
    '&lt; stays literal &amp;',
  ])('htmlToText reverses it for %j', (text) => {
    expect(htmlToText(textToHtml(text))).toBe(text);
  });
});

describe('htmlToText on hostile input', () => {
  it('skips 60,000 <script> elements (a 1 MiB description) in linear time', () => {
    const html = 'a' + '<script>x</script>'.repeat(60000) + 'b';
    const started = Date.now();
    expect(htmlToText(html)).toBe('ab');
    // lower-casing the whole text at every such tag took minutes here
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('finds the end of a skipped element after text whose lower case is longer (\\u0130)', () => {
    expect(htmlToText('\u0130'.repeat(10) + '<script>x</script>after')).toBe('\u0130'.repeat(10) + 'after');
    expect(htmlToText('a<SCRIPT>x</Script>b<style>never closed')).toBe('ab');
  });
});

describe('htmlToText', () => {
  it.each([
    // Azure DevOps' rich-text editor: one <div> per line, <div><br></div> for an empty line, &nbsp; at line ends.
    ['<div>First line</div><div>Second line&nbsp;</div>', 'First line\nSecond line'],
    ['<div>a</div><div><br></div><div>b</div>', 'a\n\nb'],
    // Mentions are anchors: the display name stays.
    ['<div><a href="#" data-vss-mention="version:2.0,3a5f0a2c-1b2d-4e5f-8a9b-0c1d2e3f4a5b">@John Doe</a> Testing mentioning</div>', '@John Doe Testing mentioning'],
    // Microsoft's sample workitem.commented detailedMessage.html.
    [
      '<a href="https://dev.azure.com/fabrikam-fiber-inc/web/wi.aspx?pcguid=74e918bf-3376-436d-bd20-8e8c1287f465&amp;id=5">Bug #5</a> (Some great new idea!) commented on by Jamal Hartnett.<br/>This is a great new idea',
      'Bug #5 (Some great new idea!) commented on by Jamal Hartnett.\nThis is a great new idea',
    ],
    // Styled paragraphs whose quoted attributes contain entities and '>'.
    ['<p style="font:18px &quot;Segoe UI&quot;;margin:0px 0px 14.9px;"><b>Client Requirement</b></p><p title="a > b">Details</p>', 'Client Requirement\n\nDetails'],
    ['<p>one</p><p>two</p>', 'one\n\ntwo'],
    ['line<br>break<BR/>upper<br />spaced', 'line\nbreak\nupper\nspaced'],
    ['<ul><li>first</li><li>second</li></ul><ol><li>third</li></ol>', 'first\nsecond\nthird'],
    ['text before<div>block</div>after', 'text before\nblock\nafter'],
    ['<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>', 'a b\nc d'],
    ['<h1>Title</h1>body', 'Title\nbody'],
    // Source whitespace collapses as a browser shows it; spaces around inline tags do not double.
    ['<div>\n  spread\n  over   lines\n</div>', 'spread over lines'],
    ['a <b> bold </b> c', 'a bold c'],
    ['<span>x</span><span>y</span>', 'xy'],
    // Preformatted text keeps its layout.
    ['<pre>  indented\n    code</pre>after', '  indented\n    code\nafter'],
    // Nothing from scripts, styles or comments reaches the text.
    ['<style>p { color: red }</style><script>alert(1)</script>safe<!-- hidden <b>x</b> -->', 'safe'],
    ['<img src="https://dev.azure.com/x/_apis/wit/attachments/1"> caption', 'caption'],
    ['', ''],
    ['plain text', 'plain text'],
  ])('%j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it.each([
    ['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['&amp;lt; is how you write &lt;', '&lt; is how you write <'],
    ['&quot;q&quot; &apos;a&apos; &#39;b&#39;', '"q" \'a\' \'b\''],
    ['&#233;t&#xE9; &#XE9;', 'été é'],
    ['&copy; &euro; &hellip; &mdash;', '\u00a9 \u20ac \u2026 \u2014'],
    ['&#x1F600;', '\ud83d\ude00'],
    ['bad &#0; &#xD800; &#x110000;', 'bad \ufffd \ufffd \ufffd'],
    ['&unknownentity; &amp', '&unknownentity; &amp'],
    ['a&nbsp;&nbsp;&nbsp;b', 'a   b'],
  ])('decodes entities in %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('decodes entities only after tags are gone, so escaped markup stays text', () => {
    expect(htmlToText('<div>&lt;br&gt; is a tag</div>')).toBe('<br> is a tag');
  });

  it('keeps at most one blank line and trims the ends', () => {
    expect(htmlToText('<br><br>a<br><br><br><br>b<br><br>')).toBe('a\n\nb');
  });

  it('treats null and undefined as empty', () => {
    expect(htmlToText(null as unknown as string)).toBe('');
    expect(htmlToText(undefined as unknown as string)).toBe('');
  });

  it('does not hang on pathological attribute quoting', () => {
    const nasty = '<a ' + '"'.repeat(5000) + 'x' + "'".repeat(5000);
    const started = Date.now();
    htmlToText(nasty + '<div>end</div>');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
