// The one way the app parses JSON text: readJson() checks the text's length and how deep it nests, by a linear scan,
// before JSON.parse sees it. Rhino's JSON.parse recurses once per level in Java and, some thousands of levels down,
// dies of a java.lang.StackOverflowError that no script catch block sees: the whole transaction fails, and in the
// sandbox the script engine itself dies (measured with Mozilla Rhino 1.7.14: a text of 2,000 '[' kills the parse; at
// 1,900 it still reports an ordinary SyntaxError). Node's parser copes, so only Rhino shows it.
// Every text the app parses may come from outside or from a row someone can edit: request bodies (web hook, agent
// API, dry run), Azure DevOps answers and error bodies, stored inbox payloads, outbox payloads, and any body the log
// writer redacts. test/unit/security/json-parse.test.ts fails when JSON.parse appears anywhere else in src/app.
// Glide-free.

/** Deeper than any JSON the app reads: an Azure DevOps service hook envelope nests about 6 levels, a work item
 * answer with relations and identity links about 7, an update history about 8. */
export var MAX_JSON_NESTING = 64;

/** Characters of JSON text the app parses at most: the platform's own cap on a scripted REST body (10 MB,
 * glide.rest.scripted.max_inbound_content_length_mb), far above any answer or event the app reads. Parsing costs
 * time and memory in proportion to the text; a longer text is read as not JSON. */
export var MAX_JSON_CHARS = 10485760;

/** '' when the text was parsed; otherwise why it was not. */
export type JsonProblem = '' | 'too_long' | 'too_deep' | 'invalid';

export interface JsonReading {
  /** the parsed value (undefined unless problem is '') */
  value: any;
  problem: JsonProblem;
  /** what is wrong, for an error detail or a log row ('' when parsed) */
  detail: string;
}

/** Whether `text` opens more than `maxDepth` objects or arrays inside one another (text in strings does not count).
 * Stops at the first level too many, so a hostile body costs one partial pass. */
export function jsonNestsDeeperThan(text: string, maxDepth: number): boolean {
  var depth = 0;
  var inString = false;
  for (var i = 0; i < text.length; i++) {
    var c = text.charAt(i);
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (c === '[' || c === '{') {
      depth++;
      if (depth > maxDepth) return true;
    } else if (c === ']' || c === '}') {
      depth--;
    }
  }
  return false;
}

/** Parses `text` when it is at most MAX_JSON_CHARS long and nests at most `maxDepth` (default MAX_JSON_NESTING)
 * levels; never throws. null and undefined read as empty text (invalid). */
export function readJson(text: string, maxDepth?: number): JsonReading {
  var source = text === null || text === undefined ? '' : String(text);
  var depth = maxDepth === undefined ? MAX_JSON_NESTING : maxDepth;
  if (source.length > MAX_JSON_CHARS) {
    return { value: undefined, problem: 'too_long', detail: 'It is longer than ' + MAX_JSON_CHARS + ' characters' };
  }
  if (jsonNestsDeeperThan(source, depth)) {
    return { value: undefined, problem: 'too_deep', detail: 'It nests deeper than ' + depth + ' levels' };
  }
  try {
    return { value: JSON.parse(source), problem: '', detail: '' };
  } catch (e) {
    return { value: undefined, problem: 'invalid', detail: String(e) };
  }
}

/** The parsed value, or null when the text is not JSON the app may parse (invalid, too long, too deep). */
export function parseJsonOrNull(text: string): any {
  var reading = readJson(text);
  return reading.problem === '' ? reading.value : null;
}
