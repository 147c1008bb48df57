// JSON text that reaches the emulated platform from outside the instance and that the PLATFORM parses (not a
// script): a scripted REST request's body.data / nextEntry() (c_ScriptableServiceRequestBody.md, "RESTAPIRequestBody
// - data": "The request content"), a Table API request body (c_TableAPI.md), an OAuth provider's token answer
// (c_GlideOAuthClient.md). ServiceNow's documentation states no nesting limit for any of them, only size limits
// (r_ControllingMaxRequestSize.md: an oversized body is a 400). The emulator refuses text nested deeper than
// PLATFORM_MAX_JSON_DEPTH levels as a parse failure (body.data throws, the Table API answers its 400 for an unreadable
// payload, a token answer is not JSON), which is at least as strict as an instance: the instance's engine is
// Rhino-based, and Mozilla Rhino 1.7.14's JSON.parse dies of a java.lang.StackOverflowError, which no script catch
// sees, at about 2,000 levels (measured: 1,900 parse, 2,000 kill the engine). Parsed here without the limit, a hostile
// body would kill the sandbox's script engine before any app code ran. Plain ES5 (it runs inside the engines).

/** Levels of objects and arrays inside one another the emulated platform parses at most. */
export var PLATFORM_MAX_JSON_DEPTH = 512;

var QUOTE = 34;
var BACKSLASH = 92;

/** The deepest nesting of `text`, counted up to `stopAbove` + 1 (the scan ends there): strings are skipped. */
function nestingUpTo(text: string, stopAbove: number): number {
  var open = 0;
  var deepest = 0;
  var i = 0;
  while (i < text.length && deepest <= stopAbove) {
    var code = text.charCodeAt(i);
    if (code === QUOTE) {
      // to the closing quote, stepping over escaped characters
      i++;
      while (i < text.length && text.charCodeAt(i) !== QUOTE) i += text.charCodeAt(i) === BACKSLASH ? 2 : 1;
    } else if (code === 91 || code === 123) {
      open++;
      if (open > deepest) deepest = open;
    } else if (code === 93 || code === 125) {
      open--;
    }
    i++;
  }
  return deepest;
}

/** Whether the platform would refuse to parse `text` for its nesting. */
export function nestsTooDeeply(text: string): boolean {
  return nestingUpTo(text, PLATFORM_MAX_JSON_DEPTH) > PLATFORM_MAX_JSON_DEPTH;
}

/** JSON.parse of text from outside: throws a SyntaxError for invalid text, as JSON.parse does, and for text nested
 * deeper than PLATFORM_MAX_JSON_DEPTH. */
export function parseOutsideJson(text: string): any {
  if (nestsTooDeeply(text)) throw new SyntaxError('JSON nested deeper than ' + PLATFORM_MAX_JSON_DEPTH + ' levels');
  return JSON.parse(text);
}
