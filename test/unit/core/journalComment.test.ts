import { htmlToText } from '../../../src/app/core/html';
import { journalCommentHtml } from '../../../src/app/core/journalComment';

describe('journalCommentHtml', () => {
  it.each([
    ['work_notes', 'Work note'],
    ['comments', 'Comment'],
  ])('labels a %s entry "%s" with author and UTC time', (element, label) => {
    expect(journalCommentHtml({ element, value: 'Restarted the service.\nWatching.', authorName: 'Beth Anglin', createdOn: '2026-11-22 10:00:00' })).toBe(
      `<p><b>${label}</b> by Beth Anglin (2026-11-22 10:00:00 UTC):</p><p>Restarted the service.<br>Watching.</p>`
    );
  });

  it('escapes the text and the author', () => {
    const html = journalCommentHtml({ element: 'comments', value: '<script>x()</script> & <b>', authorName: 'O\'Brien <admin>', createdOn: '2026-11-22 10:00:00' });
    expect(html).not.toMatch(/<script>|<b>[^C]|<admin>/);
    expect(html).toContain('&lt;script&gt;x()&lt;/script&gt; &amp; &lt;b&gt;');
    expect(html).toContain('O&#39;Brien &lt;admin&gt;');
  });

  it('leaves out what it does not know and escapes an unexpected element name', () => {
    expect(journalCommentHtml({ element: 'work_notes', value: 'x', authorName: '', createdOn: '' })).toBe('<p><b>Work note</b>:</p><p>x</p>');
    expect(journalCommentHtml({ element: 'u_<odd>', value: 'x', authorName: '', createdOn: '' })).toBe('<p><b>u_&lt;odd&gt;</b>:</p><p>x</p>');
  });

  it('reads back as the original text under a header line', () => {
    const html = journalCommentHtml({ element: 'work_notes', value: 'line 1\nline  2', authorName: 'Beth', createdOn: '2026-11-22 10:00:00' });
    expect(htmlToText(html)).toBe('Work note by Beth (2026-11-22 10:00:00 UTC):\n\nline 1\nline  2');
  });
});
