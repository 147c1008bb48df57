// Every JSON text the app parses may come from outside (a request body, an Azure DevOps answer, a stored payload
// someone can edit), and in a Rhino-based engine JSON.parse of text nested some thousands of levels deep dies of a
// java.lang.StackOverflowError no catch sees. So the app parses JSON in one place, core/jsonNesting.ts (readJson,
// parseJsonOrNull), which bounds the length and the nesting first. This test finds every JSON.parse in src/app (a
// call, or the function taken as a value: `var parse = JSON.parse`, `JSON['parse']`) and fails on any outside it.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const APP = path.resolve(__dirname, '../../../src/app');
const THE_ONE_PLACE = 'core/jsonNesting.ts';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** `JSON.parse` and `JSON['parse']` in one source text, as line numbers. */
function parseReferences(fileName: string, text: string): number[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES5, true);
  const lines: number[] = [];
  const visit = (node: ts.Node): void => {
    const onJson = (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'JSON';
    if (onJson) {
      const name = ts.isPropertyAccessExpression(node) ? node.name.text : ts.isStringLiteral(node.argumentExpression) ? node.argumentExpression.text : '?';
      if (name === 'parse' || name === '?') lines.push(source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lines;
}

test('JSON.parse appears in src/app only inside core/jsonNesting.ts', () => {
  const found: string[] = [];
  for (const file of sourceFiles(APP)) {
    const relative = path.relative(APP, file).split(path.sep).join('/');
    if (relative === THE_ONE_PLACE) continue;
    for (const line of parseReferences(relative, fs.readFileSync(file, 'utf8'))) found.push(`${relative}:${line}`);
  }
  expect(found).toEqual([]);
  expect(parseReferences(THE_ONE_PLACE, fs.readFileSync(path.join(APP, THE_ONE_PLACE), 'utf8'))).toHaveLength(1);
});

test('the search finds a call, the function taken as a value, and a computed name', () => {
  const text = "var a = JSON.parse(t);\nvar p = JSON.parse;\nvar q = JSON['parse'](t);\nvar s = JSON.stringify(a);\n// JSON.parse in a comment\n";
  expect(parseReferences('sample.ts', text)).toEqual([1, 2, 3]);
});
