// The outbound-sync core (src/app/core), compiled the way rollup.config.mjs compiles what runs on the instance
// (the project's tsconfig, lib ES5, an ES5 IIFE), must behave in Rhino under the ServiceNow-ES5 profile exactly as
// the TypeScript source does in Node: every call below runs on both sides and the answers must be equal. The core
// is also bundled inside the script includes that use it, but there its functions are private; compiling it on its
// own reaches all of them, including parsers whose engine differences matter (dates, regexes, surrogate pairs).
import path from 'node:path';
import { rollup } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import { describeInRhino, runInRhino } from './rhinoClient';
import { lintAsEs5, parseAsEs5, ROOT } from '../es5/es5Gate';
import * as adoError from '../../src/app/core/adoError';
import * as delivery from '../../src/app/core/delivery';
import * as fieldMap from '../../src/app/core/fieldMap';
import * as fingerprint from '../../src/app/core/fingerprint';
import * as healthCheck from '../../src/app/core/healthCheck';
import * as html from '../../src/app/core/html';
import * as journalComment from '../../src/app/core/journalComment';
import * as outboxPayload from '../../src/app/core/outboxPayload';
import * as valueMap from '../../src/app/core/valueMap';
import * as valueMapPresets from '../../src/app/core/valueMapPresets';
import * as workItemPatch from '../../src/app/core/workItemPatch';

const MODULES = { adoError, delivery, fieldMap, fingerprint, healthCheck, html, journalComment, outboxPayload, valueMap, valueMapPresets, workItemPatch };
const ENTRY = '\0core-under-test';

/** One ES5 IIFE defining `var Core = { <module>: { ...exports } }`. */
async function buildCore(): Promise<string> {
  const source = Object.keys(MODULES)
    .map((name) => `import * as ${name} from ${JSON.stringify(path.join(ROOT, 'src/app/core', name + '.ts'))};`)
    .concat([`export { ${Object.keys(MODULES).join(', ')} };`])
    .join('\n');
  const bundle = await rollup({
    input: ENTRY,
    plugins: [
      { name: 'core-entry', resolveId: (id) => (id === ENTRY ? id : null), load: (id) => (id === ENTRY ? source : null) },
      typescript({ tsconfig: path.join(ROOT, 'tsconfig.json'), noEmit: false, outDir: undefined, declaration: false, sourceMap: false, include: ['src/app/**/*.ts'] }),
    ],
  });
  const { output } = await bundle.generate({
    format: 'iife',
    name: 'Core',
    exports: 'named',
    strict: false,
    generatedCode: { preset: 'es5', constBindings: false, arrowFunctions: false, objectShorthand: false },
  });
  await bundle.close();
  return output[0].code;
}

/** A call: module, function and JSON arguments; {$valueMap: rows} and {$random: r} stand for a ValueMap and a
 * constant random generator, built on each side. */
type Call = [keyof typeof MODULES, string, unknown[]];

const NOW = Date.UTC(2026, 10, 22, 10, 0, 0);
const rows = valueMapPresets.presetRows('basic');
const bugFields = fieldMap.fieldMapFor(fieldMap.defaultDescriptionField('Bug'));
const taskFields = fieldMap.fieldMapFor(fieldMap.defaultDescriptionField('Task'));
const snap = (values: Record<string, string>) => ({ sysId: 's1', number: 'INC0010001', fieldValues: values, url: 'https://x.service-now.com/incident.do?sys_id=s1' });

const CALLS: Call[] = [
  ...[
    '120', '0', ' 30 ', '-5', '1.5', 'soon', '',
    'Sun, 22 Nov 2026 10:01:30 GMT', 'Sunday, 22-Nov-26 10:02:00 GMT', 'Sun Nov 22 10:00:10 2026', 'Tue Dec  1 10:00:00 2026',
    'Sun, 06 Nov 1994 08:49:37 GMT', 'Sunday, 06-Nov-94 08:49:37 GMT', 'Monday, 01-Jan-70 00:00:00 GMT', 'Sun, 31 Nov 2026 10:00:00 GMT',
    'Sun, 29 Feb 2032 00:00:00 GMT', '2026-11-22T10:00:00Z',
  ].map((value): Call => ['delivery', 'parseRetryAfter', [value, NOW]]),
  ...[0, 200, 412, 429, 404, 503, 301].map((status): Call => ['delivery', 'classifyStatus', [status]]),
  ...[1, 3, 12].map((attempt): Call => ['delivery', 'backoffDelayMs', [attempt, 1000, 60000, { $random: 0.73 }]]),
  ...[
    '<div>First line</div><div><br></div><div>Second&nbsp;</div>',
    '<div><a href="#" data-vss-mention="version:2.0,3a5f0a2c-1b2d-4e5f-8a9b-0c1d2e3f4a5b">@John Doe</a> Testing mentioning</div>',
    '<a href="https://dev.azure.com/f/web/wi.aspx?pcguid=74e9&amp;id=5">Bug #5</a> commented on.<br/>This is a great new idea',
    '<p style="font:18px &quot;Segoe UI&quot;;"><b>Req</b></p><p title="a > b">Details</p>',
    '<ul><li>one</li><li>two</li></ul><pre>  keep\n    this</pre><table><tr><td>a</td><td>b</td></tr></table>',
    '&#x1F600; &#233; &euro; &#0; &unknown; &lt;script&gt;',
    '<style>p{}</style><script>x()</script>safe<!-- c -->',
  ].map((value): Call => ['html', 'htmlToText', [value]]),
  ...['a  b\nc', '<script>&', '  lead'].map((value): Call => ['html', 'textToHtml', [value]]),
  ['fingerprint', 'fingerprint', [{ short_description: 'Disk full 😀', description: 'a\nb', state: '2', priority: '3' }]],
  ['fingerprint', 'fingerprint', [{ priority: '3', state: '2', description: 'a\nb', short_description: 'Disk full 😀' }]],
  ['fingerprint', 'fingerprint', [{}]],
  ['workItemPatch', 'buildCreatePatch', [snap({ short_description: 'x'.repeat(300), description: '<b> & "q"', state: '3', priority: '5' }), { $valueMap: rows }, bugFields]],
  ['workItemPatch', 'buildUpdatePatch', [snap({ short_description: 'New', description: 'd', state: '8', priority: '1' }), ['priority', 'description', 'state', 'short_description'], 4, { $valueMap: rows }, taskFields]],
  ...['Bug', ' bug ', 'Task', ''].map((type): Call => ['fieldMap', 'defaultDescriptionField', [type]]),
  ...['Microsoft.VSTS.TCM.ReproSteps', 'WEF_6A1B_Kanban.Column', 'Repro Steps', 'System.', ''].map((name): Call => ['fieldMap', 'isFieldReferenceName', [name]]),
  ['fieldMap', 'fieldMapFor', ['Custom.Details']],
  ['fieldMap', 'outboundFieldNames', []],
  ['healthCheck', 'diagnoseTypeFields', ['Task', ['System.Title', 'System.Description', 'System.State'], bugFields]],
  ['healthCheck', 'diagnoseTypeStates', ['Task', ['new', 'Active', 'Closed', 'Removed'], { $valueMap: valueMapPresets.presetRows('agile') }]],
  ['healthCheck', 'diagnoseTypeStates', ['Task', ['New', 'Active', 'Closed', 'Removed'], { $valueMap: valueMapPresets.presetRows('agile', 'Task') }]],
  ['workItemPatch', 'workItemTitle', ['INC0010001', 'a'.repeat(240) + '😀' + 'tail'.repeat(5)]],
  ['valueMapPresets', 'presetRows', ['custom']],
  ['valueMapPresets', 'presetRows', ['waterfall']],
  ['valueMapPresets', 'presetRows', ['agile', 'Task']],
  ['valueMapPresets', 'presetRows', ['scrum', ' TASK ']],
  ['outboxPayload', 'coalesce', [[
    { incident: 'i', number: 'N', reason: 'update', changedFields: ['state'], journal: false, attachments: ['a2'] },
    { incident: 'i', number: 'N', reason: 'create', changedFields: ['priority', 'state'], journal: true, attachments: ['a1', 'a2'] },
  ]]],
  ['outboxPayload', 'coalesce', [[]]],
  ['outboxPayload', 'parsePayload', ['{"incident":"i","reason":"update","changedFields":["state"]}']],
  ['outboxPayload', 'parsePayload', ['{"incident":"i","reason":"update","journal":"yes"}']],
  ['outboxPayload', 'parsePayload', ['not json']],
  ['adoError', 'adoErrorMessage', [400, '{"$id":"1","message":"TF51535: Cannot find field X.","typeKey":"WorkItemTrackingFieldDefinitionNotFoundException"}']],
  ['adoError', 'adoErrorMessage', [401, '<html><body><h1>Access denied</h1></body></html>']],
  ['journalComment', 'journalCommentHtml', [{ element: 'work_notes', value: 'line 1\n<b>2</b>', authorName: "O'Brien", createdOn: '2026-11-22 10:00:00' }]],
];

/** Same logic as the Rhino side's `argument` below, for Node. */
function nodeArgument(value: any): unknown {
  if (value && typeof value === 'object' && '$valueMap' in value) return new valueMap.ValueMap(value.$valueMap);
  if (value && typeof value === 'object' && '$random' in value) return () => value.$random;
  return value;
}

function inNode(call: Call): unknown {
  try {
    const fn = (MODULES[call[0]] as any)[call[1]];
    return { value: fn(...call[2].map(nodeArgument)) };
  } catch (e) {
    return { threw: true };
  }
}

const rhinoCalls = (core: string) => `
  ${core}
  function argument(value) {
    if (value && typeof value === 'object' && value.$valueMap) return new Core.valueMap.ValueMap(value.$valueMap);
    if (value && typeof value === 'object' && value.$random !== undefined) return function () { return value.$random; };
    return value;
  }
  var calls = JSON.parse(${JSON.stringify(JSON.stringify(CALLS))});
  var results = [];
  for (var i = 0; i < calls.length; i++) {
    var args = [];
    for (var j = 0; j < calls[i][2].length; j++) args.push(argument(calls[i][2][j]));
    try {
      var value = Core[calls[i][0]][calls[i][1]].apply(null, args);
      results.push({ value: value === undefined ? null : JSON.parse(JSON.stringify(value)) });
    } catch (e) {
      results.push({ threw: true });
    }
  }
  return JSON.stringify(results);
`;

describeInRhino('outbound-sync core in Rhino', () => {
  let core: string;
  beforeAll(async () => {
    core = await buildCore();
  }, 60000);

  test('the compiled core is ES5 that passes the gate', async () => {
    expect(parseAsEs5(core, 'core-under-test.js')).toEqual([]);
    expect(await lintAsEs5(core, 'core-under-test.js')).toEqual([]);
  });

  test('answers every call exactly as the TypeScript source does in Node', async () => {
    const result = await runInRhino({ code: rhinoCalls(core) });
    expect(result.error).toBeUndefined();
    const rhino = JSON.parse(result.value);
    const node = JSON.parse(JSON.stringify(CALLS.map(inNode)));
    expect(rhino).toHaveLength(CALLS.length);
    CALLS.forEach((call, i) => expect([call[0] + '.' + call[1], i, rhino[i]]).toEqual([call[0] + '.' + call[1], i, node[i]]));
  });

  test('the calls exercise real answers, not just matching failures', () => {
    const node = CALLS.map(inNode) as Array<{ value?: unknown; threw?: boolean }>;
    expect(node.filter((r) => r.threw)).toHaveLength(2); // presetRows('waterfall') and coalesce([])
    expect(node[CALLS.findIndex((c) => c[2][0] === 'Sun Nov 22 10:00:10 2026')]).toEqual({ value: 10000 });
  });
});
