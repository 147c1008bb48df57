// One spelling for record ids (docs/engine-plan.md, step 14): the app's own records name a record's id `sysId`;
// `sys_id` is declared only by the types that are wire or stored JSON (the agent API's answers, the health route's,
// the push payload stored in the outbox), listed below with where they go. The scan reads the syntax tree: a
// property signature named sys_id (a type's member, not an object literal's value), credited to the declaration it
// sits in. A new internal type declaring sys_id fails; so does a listed one that no longer does.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../../..');

/** `file declaration` for each type allowed to declare sys_id, and why. */
const WIRE_TYPES: { [where: string]: string } = {
  'src/app/agent/incidentSummary.ts IncidentSummary': 'agent API answer (docs/openapi.yaml), push body',
  'src/app/agent/journalHistory.ts JournalEntry': 'agent API answer',
  'src/app/agent/agentHealth.ts AgentHealth': 'agent API health answer (its user)',
  'src/app/agent/incidentActions.ts Reference': 'agent API answer of the actions',
  'src/app/agent/incidentDetail.ts RelatedRecord': 'agent API answer',
  'src/app/agent/incidentDetail.ts IncidentDetail': 'agent API answer (its attachments)',
  'src/app/agent/incidentDetail.ts ConnectionReference': 'agent API answer (a link\'s connection)',
  'src/app/core/health.ts ConnectionHealth': 'health route answer',
  'src/app/push/pushPayload.ts PushPlan': 'stored in the outbox payload column',
};

function filesUnder(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...filesUnder(full));
    else if (entry.name.endsWith('.ts')) files.push(full);
  }
  return files;
}

function declarationName(node: ts.Node): string {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if ((ts.isInterfaceDeclaration(at) || ts.isTypeAliasDeclaration(at) || ts.isClassDeclaration(at) || ts.isFunctionDeclaration(at)) && at.name) return at.name.text;
    if (ts.isVariableDeclaration(at) && ts.isIdentifier(at.name)) return at.name.text;
  }
  return '(top level)';
}

/** `file declaration` for every property signature named sys_id in the file. */
function sysIdDeclarations(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES5, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertySignature(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) && node.name.text === 'sys_id') {
      found.push(file + ' ' + declarationName(node));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function scan(): string[] {
  const found: string[] = [];
  for (const full of filesUnder(path.join(ROOT, 'src/app'))) {
    const file = path.relative(ROOT, full).split(path.sep).join('/');
    found.push(...sysIdDeclarations(file, fs.readFileSync(full, 'utf8')));
  }
  return found.filter((where, i) => found.indexOf(where) === i).sort();
}

describe('record ids: sysId in the app\'s own records, sys_id only on the wire', () => {
  test('only the listed wire and stored types declare sys_id (an internal record names it sysId)', () => {
    expect(scan()).toEqual(Object.keys(WIRE_TYPES).sort());
  });

  test('the scan sees type members, inline ones too, and not object literals or comments', () => {
    const text = [
      '// sys_id: string',
      'interface Wire { sys_id: string; user: { sys_id: string } }',
      "type Stored = { 'sys_id'?: string };",
      'interface Internal { sysId: string }',
      "var row = { sys_id: 'x' };",
    ].join('\n');
    expect(sysIdDeclarations('probe.ts', text)).toEqual(['probe.ts Wire', 'probe.ts Wire', 'probe.ts Stored']);
  });
});
