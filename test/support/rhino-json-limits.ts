// The unit tier runs the app's TypeScript and the emulator in Node, whose JSON.parse copes with any nesting. The
// engines that run the built app do not: Mozilla Rhino 1.7.14's JSON.parse recurses in Java and dies of a
// java.lang.StackOverflowError, which no script catch block sees, at about 2,000 levels (measured: 1,900 parse, 2,000
// kill the engine; deeper in a call stack, fewer). So in the unit tier JSON.parse refuses text nested deeper than
// RHINO_SAFE_JSON_DEPTH, and a test during which anything (app, emulator or test code) tried fails, even when the
// code caught the error: on Rhino there would have been nothing to catch. Text up to that depth parses as usual.
const RHINO_SAFE_JSON_DEPTH = 1000;

const nativeParse = JSON.parse;
const attempts: string[] = [];

/** Whether `text` opens more than `limit` objects or arrays inside one another (strings skipped). */
function deeperThan(text: string, limit: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 91 || c === 123) {
      if (++depth > limit) return true;
    } else if (c === 93 || c === 125) {
      depth--;
    }
  }
  return false;
}

JSON.parse = function parse(text: string, reviver?: (this: any, key: string, value: any) => any): any {
  if (typeof text === 'string' && text.length > RHINO_SAFE_JSON_DEPTH && deeperThan(text, RHINO_SAFE_JSON_DEPTH)) {
    const where = (new Error().stack || '').split('\n').slice(2, 8).join('\n');
    attempts.push(`JSON.parse of text nested deeper than ${RHINO_SAFE_JSON_DEPTH} levels (${text.length} characters)\n${where}`);
    throw new RangeError(`JSON nested deeper than ${RHINO_SAFE_JSON_DEPTH} levels: in Rhino a java.lang.StackOverflowError no catch sees`);
  }
  return nativeParse.call(JSON, text, reviver);
} as typeof JSON.parse;

function reportAttempts(): void {
  if (attempts.length === 0) return;
  const found = attempts.splice(0);
  throw new Error(`${found.length} JSON.parse call(s) that would kill Rhino (test/support/rhino-json-limits.ts):\n${found.join('\n\n')}`);
}
afterEach(reportAttempts);
// what a beforeAll or an afterAll tried
afterAll(reportAttempts);
