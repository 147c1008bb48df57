// Plain text <-> HTML for Azure DevOps rich-text fields (System.Description, comments). Outbound, incident text is
// escaped so it shows literally and never runs as markup; inbound, Azure DevOps HTML (its editor writes <div> per
// line, <br>, &nbsp;, mention anchors, styled <p>) becomes readable plain text for ServiceNow fields and journals.

var ESCAPES: { [ch: string]: string } = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  if (text === null || text === undefined) return '';
  return String(text).replace(/[&<>"']/g, function (ch: string) {
    return ESCAPES[ch];
  });
}

/** Escaped text whose line breaks and runs of spaces survive HTML rendering (which would collapse them). */
export function textToHtml(text: string): string {
  var lines = escapeHtml(text).replace(/\r\n?/g, '\n').split('\n');
  for (var i = 0; i < lines.length; i++) {
    // A space at a line start or after another space would be collapsed: make it a non-breaking one.
    lines[i] = lines[i].replace(/^ /, '&nbsp;').replace(/ {2,}/g, function (run: string) {
      return ' ' + new Array(run.length).join('&nbsp;');
    });
  }
  return lines.join('<br>');
}

var NAMED_ENTITIES: { [name: string]: number } = {
  amp: 38, lt: 60, gt: 62, quot: 34, apos: 39, nbsp: 160, iexcl: 161, cent: 162, pound: 163, curren: 164, yen: 165,
  brvbar: 166, sect: 167, uml: 168, copy: 169, ordf: 170, laquo: 171, not: 172, shy: 173, reg: 174, macr: 175,
  deg: 176, plusmn: 177, sup2: 178, sup3: 179, acute: 180, micro: 181, para: 182, middot: 183, cedil: 184, sup1: 185,
  ordm: 186, raquo: 187, frac14: 188, frac12: 189, frac34: 190, iquest: 191, times: 215, divide: 247,
  ndash: 8211, mdash: 8212, lsquo: 8216, rsquo: 8217, sbquo: 8218, ldquo: 8220, rdquo: 8221, bdquo: 8222,
  dagger: 8224, Dagger: 8225, bull: 8226, hellip: 8230, permil: 8240, prime: 8242, lsaquo: 8249, rsaquo: 8250,
  euro: 8364, trade: 8482, larr: 8592, uarr: 8593, rarr: 8594, darr: 8595, harr: 8596, ensp: 8194, emsp: 8195,
  thinsp: 8201, zwnj: 8204, zwj: 8205,
};

/** A code point as a string; String.fromCodePoint is not available in ServiceNow's ES5 mode. */
function fromCodePoint(code: number): string {
  if (isNaN(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  if (code <= 0xffff) return String.fromCharCode(code);
  var offset = code - 0x10000;
  return String.fromCharCode(0xd800 + (offset >> 10), 0xdc00 + (offset & 0x3ff));
}

function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g, function (whole: string, body: string) {
    if (body.charAt(0) === '#') {
      var hex = body.charAt(1) === 'x' || body.charAt(1) === 'X';
      return fromCodePoint(parseInt(body.substring(hex ? 2 : 1), hex ? 16 : 10));
    }
    return Object.prototype.hasOwnProperty.call(NAMED_ENTITIES, body) ? String.fromCharCode(NAMED_ENTITIES[body]) : whole;
  });
}

/** Elements whose boundaries start a new line. */
var LINE_BLOCKS = /^(div|li|ul|ol|tr|table|h[1-6]|blockquote|pre|dt|dd|dl|section|article|header|footer|hr)$/;
var CELLS = /^(td|th)$/;
/** Elements whose content is never text. */
var SKIPPED_CONTENT = /^(script|style|head|title)$/;

/** A comment, or a start/end tag whose quoted attribute values may contain '>' (styles such as
 * `font:18px &quot;Segoe UI&quot;` and URLs do). Unrolled so it cannot backtrack catastrophically. */
var TAG = /<!--[\s\S]*?-->|<(\/?)([A-Za-z][A-Za-z0-9]*)[^<>"']*(?:(?:"[^"]*"|'[^']*')[^<>"']*)*>/g;

/** `text` without the characters `strip` matches at its end. A loop: /[ \t]+\n/ and /\s+$/ retry from every space
 * of a long run (quadratic: in Rhino 40,000 spaces took 16 s, a 1 MiB description would outlast a transaction). */
function withoutTrailing(text: string, strip: RegExp): string {
  var end = text.length;
  while (end > 0 && strip.test(text.charAt(end - 1))) end--;
  return text.substring(0, end);
}

export function htmlToText(html: string): string {
  if (html === null || html === undefined) return '';
  var source = String(html);
  var out = '';
  // True where collapsible whitespace would not render: at the start of a line or right after a space.
  var atBreak = true;
  var preDepth = 0;

  function newlines(count: number) {
    if (out === '') return;
    var have = 0;
    while (have < count && out.charAt(out.length - 1 - have) === '\n') have++;
    while (have < count) {
      out += '\n';
      have++;
    }
    atBreak = true;
  }

  function text(raw: string) {
    if (raw === '') return;
    if (preDepth > 0) {
      out += decodeEntities(raw.replace(/\r\n?/g, '\n'));
      atBreak = out.charAt(out.length - 1) === '\n';
      return;
    }
    var collapsed = raw.replace(/[ \t\r\n\f]+/g, ' ');
    if (atBreak && collapsed.charAt(0) === ' ') collapsed = collapsed.substring(1);
    if (collapsed === '') return;
    out += decodeEntities(collapsed);
    atBreak = collapsed.charAt(collapsed.length - 1) === ' ';
  }

  TAG.lastIndex = 0;
  var position = 0;
  var match: RegExpExecArray | null;
  while ((match = TAG.exec(source)) !== null) {
    text(source.substring(position, match.index));
    position = TAG.lastIndex;
    if (!match[2]) continue; // a comment
    var closing = match[1] === '/';
    var name = match[2].toLowerCase();
    if (!closing && SKIPPED_CONTENT.test(name)) {
      // Searched case-insensitively from here rather than in source.toLowerCase(): lower-casing the whole text for
      // every such tag made a body of many <script> tags quadratic (16,000 of them took seconds; a 1 MiB service
      // hook holds 60,000), and lower case can be longer than the text ('\u0130' becomes two characters), which
      // shifted the index past the tag.
      var closer = new RegExp('</' + name, 'ig');
      closer.lastIndex = position;
      var end = closer.exec(source);
      position = end ? end.index : source.length;
      TAG.lastIndex = position;
    } else if (name === 'br') {
      out += '\n';
      atBreak = true;
    } else if (name === 'p') {
      // A paragraph's margins show as a blank line.
      newlines(2);
    } else if (LINE_BLOCKS.test(name)) {
      newlines(1);
      if (name === 'pre') preDepth = closing ? Math.max(0, preDepth - 1) : preDepth + 1;
    } else if (CELLS.test(name) && closing) {
      out += ' ';
      atBreak = true;
    }
  }
  text(source.substring(position));

  var lines = out.replace(/\u00a0/g, ' ').split('\n');
  for (var i = 0; i < lines.length; i++) lines[i] = withoutTrailing(lines[i], /[ \t]/);
  return withoutTrailing(lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, ''), /\s/);
}
