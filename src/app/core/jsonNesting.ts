// How deep a JSON text nests, found by a linear scan before anything parses it. Rhino's JSON.parse recurses once per
// level and, some thousands of levels down, dies of a java.lang.StackOverflowError that no script catch block sees:
// the whole route script fails with a 500 (measured with Mozilla Rhino 1.7.14: a body of 100,000 '[' kills the
// parse). Node's parser copes, so only Rhino shows it. No request any route takes nests anywhere near the limit.
// Glide-free.

/** Deeper than any request body of the app's routes (an Azure DevOps service hook envelope nests about 6 levels). */
export var MAX_JSON_NESTING = 64;

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
