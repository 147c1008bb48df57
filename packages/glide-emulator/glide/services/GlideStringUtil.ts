// GlideStringUtil, limited to what a scoped app may call: the scoped API list (@servicenow/glide GlideAPIs.json)
// has no base64Encode/base64Decode, so they are deliberately absent here (scoped scripts use gs.base64Encode/
// gs.base64Decode; see base64.ts). Behaviour follows the documented examples of the "GlideStringUtil - Scoped,
// Global" reference.

function unescapeHTML(htmlString: string): string {
  // The documented set: &lt; &gt; &nbsp; &amp; &quot;. &amp; goes last so "&amp;lt;" becomes "&lt;", not "<".
  return String(htmlString)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

export class GlideStringUtil {
  /** `"<>&` becomes `&quot;&lt;&gt;&amp;` */
  static escapeHTML(htmlString: string): string {
    return String(htmlString).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  /** scoped spelling */
  static unescapeHTML = unescapeHTML;
  /** global spelling, also on the scoped API list */
  static unEscapeHTML = unescapeHTML;
  /** characters of the Base64 alphabet only, with at most two '=' of padding at the end */
  static isBase64(sourceString: string): boolean {
    return /^[A-Za-z0-9+\/]*={0,2}$/.test(String(sourceString));
  }
  /** 32 hexadecimal characters */
  static isEligibleSysID(sourceString: string): boolean {
    return /^[0-9a-fA-F]{32}$/.test(String(sourceString));
  }
  static newLinesToBreaks(sourceString: string): string {
    return String(sourceString).replace(/\n/g, '<br/>');
  }
  /** CR, LF and tab become spaces; leading, trailing and repeated spaces go */
  static normalizeWhitespace(sourceString: string): string {
    return String(sourceString).replace(/[\r\n\t]/g, ' ').replace(/ {2,}/g, ' ').replace(/^ +| +$/g, '');
  }
  static getNumeric(sourceString: string): string {
    return String(sourceString).replace(/[^0-9]/g, '');
  }
  /** `^` becomes `^^`, so a value can sit inside an encoded query */
  static escapeQueryTermSeparator(sourceString: string): string {
    return String(sourceString).replace(/\^/g, '^^');
  }
}
