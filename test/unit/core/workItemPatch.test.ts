import { JsonPatchOp } from '../../../src/app/core/jsonPatch';
import { IncidentSnapshot } from '../../../src/app/core/incidentSnapshot';
import { defaultDescriptionField, DESCRIPTION_FIELD, fieldMapFor } from '../../../src/app/core/fieldMap';
import { ValueMap } from '../../../src/app/core/valueMap';
import { presetRows } from '../../../src/app/core/valueMapPresets';
import { buildCreatePatch, buildUpdatePatch, TITLE_MAX_LENGTH, workItemTitle } from '../../../src/app/core/workItemPatch';
import { AdoFake, startAdoFake } from '@incb/ado-fake';
import { createAdoRequestValidator } from '@incb/ado-fake/spec';

const URL_OF_INCIDENT = 'https://dev12345.service-now.com/incident.do?sys_id=9d385017c611228701d22104cc95c371';
const basic = new ValueMap(presetRows('basic'));
/** The field map of a connection whose description goes to System.Description (a Task's). */
const taskMap = fieldMapFor(DESCRIPTION_FIELD);

function snapshot(values: { [field: string]: string }): IncidentSnapshot {
  return { sysId: '9d385017c611228701d22104cc95c371', number: 'INC0010001', fieldValues: values, url: URL_OF_INCIDENT };
}

const full = snapshot({ short_description: 'Disk full on db01', description: 'Line 1\nLine 2', state: '2', priority: '5' });

describe('buildCreatePatch', () => {
  it('sets title, description, mapped state and priority, tags and the Hyperlink back, in that order', () => {
    expect(buildCreatePatch(full, basic, taskMap)).toEqual({
      ops: [
        { op: 'add', path: '/fields/System.Title', value: 'INC0010001: Disk full on db01' },
        { op: 'add', path: '/fields/System.Description', value: 'Line 1<br>Line 2' },
        { op: 'add', path: '/fields/System.State', value: 'Doing' },
        { op: 'add', path: '/fields/Microsoft.VSTS.Common.Priority', value: '4' },
        { op: 'add', path: '/fields/System.Tags', value: 'ServiceNow; INC0010001' },
        { op: 'add', path: '/relations/-', value: { rel: 'Hyperlink', url: URL_OF_INCIDENT } },
      ],
      skipped: [],
    });
  });

  it('escapes markup in the description so it shows literally', () => {
    const build = buildCreatePatch(snapshot({ short_description: 'x', description: '<script>alert("x")</script> & <b>' }), basic, taskMap);
    const description = build.ops.filter((op) => op.path === '/fields/System.Description')[0];
    expect(description.value).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;');
  });

  it.each([
    ['state', { state: '8', priority: '1' }, '8', 'System.State'],
    ['priority', { state: '1', priority: '9' }, '9', 'Microsoft.VSTS.Common.Priority'],
  ])('skips an unmapped %s and leaves its field out', (field, values, value, remote) => {
    const build = buildCreatePatch(snapshot({ short_description: 'x', ...values }), basic, taskMap);
    expect(build.skipped).toEqual([{ field, value, reason: expect.stringContaining(field) }]);
    expect(build.ops.map((op) => op.path)).not.toContain('/fields/' + remote);
    expect(build.ops.map((op) => op.path)).toContain('/fields/System.Title');
  });

  it('reports every miss of an empty value map and still builds the rest', () => {
    const build = buildCreatePatch(full, new ValueMap([]), taskMap);
    expect(build.skipped.map((s) => [s.field, s.value])).toEqual([['state', '2'], ['priority', '5']]);
    expect(build.ops.map((op) => op.path)).toEqual(['/fields/System.Title', '/fields/System.Description', '/fields/System.Tags', '/relations/-']);
  });

  it('leaves empty fields out but always sends a title', () => {
    const build = buildCreatePatch(snapshot({ short_description: '', description: '', state: '', priority: '' }), basic, taskMap);
    expect(build.ops).toEqual([
      { op: 'add', path: '/fields/System.Title', value: 'INC0010001' },
      { op: 'add', path: '/fields/System.Tags', value: 'ServiceNow; INC0010001' },
      { op: 'add', path: '/relations/-', value: { rel: 'Hyperlink', url: URL_OF_INCIDENT } },
    ]);
    expect(build.skipped).toEqual([]);
    expect(buildCreatePatch(snapshot({}), basic, taskMap).ops[0].value).toBe('INC0010001');
  });

  it('never puts a from member on any op', () => {
    expect(JSON.stringify(buildCreatePatch(full, basic, taskMap).ops)).not.toMatch(/"from"/);
  });
});

describe('workItemTitle', () => {
  it.each([
    ['short', 'INC0010001: short'],
    ['  padded  ', 'INC0010001: padded'],
    ['two\nlines\r\nand\ttab', 'INC0010001: two lines and tab'],
    ['', 'INC0010001'],
  ])('%j -> %j', (text, title) => {
    expect(workItemTitle('INC0010001', text)).toBe(title);
  });

  it('keeps a title of exactly 255 characters and cuts a longer one to 255 with an ellipsis', () => {
    const prefix = 'INC0010001: ';
    const exact = 'a'.repeat(TITLE_MAX_LENGTH - prefix.length);
    expect(workItemTitle('INC0010001', exact)).toBe(prefix + exact);
    const long = workItemTitle('INC0010001', exact + 'b');
    expect(long).toHaveLength(TITLE_MAX_LENGTH);
    expect(long).toBe(prefix + 'a'.repeat(TITLE_MAX_LENGTH - prefix.length - 3) + '...');
    expect(TITLE_MAX_LENGTH).toBe(255);
  });

  it('does not split a surrogate pair at the cut', () => {
    const prefix = 'INC0010001: ';
    // The emoji's high surrogate would be the last character kept.
    const text = 'a'.repeat(TITLE_MAX_LENGTH - 3 - prefix.length - 1) + '😀' + 'tail'.repeat(10);
    const title = workItemTitle('INC0010001', text);
    expect(title.endsWith('a...')).toBe(true);
    expect(title.length).toBe(TITLE_MAX_LENGTH - 1);
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(title)).toBe(false);
  });
});

describe('buildUpdatePatch', () => {
  it.each([
    ['short_description', { op: 'add', path: '/fields/System.Title', value: 'INC0010001: Disk full on db01' }],
    ['description', { op: 'add', path: '/fields/System.Description', value: 'Line 1<br>Line 2' }],
    ['state', { op: 'add', path: '/fields/System.State', value: 'Doing' }],
    ['priority', { op: 'add', path: '/fields/Microsoft.VSTS.Common.Priority', value: '4' }],
  ])('sends test /rev then only %s when only it changed', (field, op) => {
    expect(buildUpdatePatch(full, [field], 7, basic, taskMap)).toEqual({ ops: [{ op: 'test', path: '/rev', value: 7 }, op], skipped: [] });
  });

  it('sends several changed fields in field-map order, whatever order they changed in', () => {
    const build = buildUpdatePatch(full, ['priority', 'short_description', 'state'], 3, basic, taskMap);
    expect(build.ops.map((op) => op.path)).toEqual(['/rev', '/fields/System.Title', '/fields/System.State', '/fields/Microsoft.VSTS.Common.Priority']);
  });

  it('ignores fields that are not mapped and sends nothing when nothing mapped changed', () => {
    expect(buildUpdatePatch(full, ['assignment_group', 'u_custom'], 3, basic, taskMap)).toEqual({ ops: [], skipped: [] });
    expect(buildUpdatePatch(full, [], 3, basic, taskMap)).toEqual({ ops: [], skipped: [] });
  });

  it('sends no ops, not a lone test, when the only change is an unmapped value, and reports it', () => {
    const build = buildUpdatePatch(snapshot({ state: '8' }), ['state'], 3, basic, taskMap);
    expect(build.ops).toEqual([]);
    expect(build.skipped).toEqual([{ field: 'state', value: '8', reason: expect.any(String) }]);
  });

  it('keeps the mapped changes when one of them is unmapped', () => {
    const build = buildUpdatePatch(snapshot({ short_description: 'New title', state: '8' }), ['state', 'short_description'], 4, basic, taskMap);
    expect(build.ops).toEqual([
      { op: 'test', path: '/rev', value: 4 },
      { op: 'add', path: '/fields/System.Title', value: 'INC0010001: New title' },
    ]);
    expect(build.skipped.map((s) => s.field)).toEqual(['state']);
  });

  it('sends an emptied description as empty so the work item follows', () => {
    const build = buildUpdatePatch(snapshot({ description: '' }), ['description'], 2, basic, taskMap);
    expect(build.ops[1]).toEqual({ op: 'add', path: '/fields/System.Description', value: '' });
  });

  it('sends the description to the field of the connection\'s map (Repro Steps for a Bug), and to no other', () => {
    const bugMap = fieldMapFor('Microsoft.VSTS.TCM.ReproSteps');
    expect(buildUpdatePatch(full, ['description'], 2, basic, bugMap).ops).toEqual([
      { op: 'test', path: '/rev', value: 2 },
      { op: 'add', path: '/fields/Microsoft.VSTS.TCM.ReproSteps', value: 'Line 1<br>Line 2' },
    ]);
    const created = buildCreatePatch(full, basic, bugMap).ops.map((op) => op.path);
    expect(created).toContain('/fields/Microsoft.VSTS.TCM.ReproSteps');
    expect(created).not.toContain('/fields/System.Description');
  });
});

// What the validator and the fake's work item rules would refuse: every build must be a request Azure DevOps takes.
describe('builds against the Azure DevOps fake (WIT 7.1 spec validation and work item rules)', () => {
  // Loading the spec takes a few hundred milliseconds: one validator serves every fake here.
  const validator = createAdoRequestValidator();
  let fake: AdoFake;
  afterEach(() => fake.stop());

  function send(method: string, path: string, ops: JsonPatchOp[]) {
    return fake.handleSync({
      method,
      url: `${fake.organizationUrl}/${encodeURIComponent(fake.project)}/_apis/wit/workitems/${path}?api-version=7.1`,
      headers: { Authorization: 'Basic ' + Buffer.from(':fake-pat').toString('base64'), 'Content-Type': 'application/json-patch+json', Accept: 'application/json' },
      body: JSON.stringify(ops),
    });
  }

  // Each preset with the types of its process it is seeded for: every state it sends is one the type has.
  it.each([
    ['basic', 'Basic', 'Task'],
    ['basic', 'Basic', 'Issue'],
    ['agile', 'Agile', 'Bug'],
    ['agile', 'Agile', 'User Story'],
    ['agile', 'Agile', 'Task'],
    ['scrum', 'Scrum', 'Bug'],
    ['scrum', 'Scrum', 'Product Backlog Item'],
    ['scrum', 'Scrum', 'Task'],
    ['cmmi', 'CMMI', 'Bug'],
    ['cmmi', 'CMMI', 'Requirement'],
    ['cmmi', 'CMMI', 'Task'],
  ] as const)('creates and updates with the %s preset (%s process, %s)', async (preset, process, type) => {
    fake = await startAdoFake({ process, validator });
    const map = new ValueMap(presetRows(preset, type));
    const fields = fieldMapFor(defaultDescriptionField(type));
    const created = send('POST', '$' + encodeURIComponent(type), buildCreatePatch(full, map, fields).ops);
    expect(created.status).toBe(200);
    const item = JSON.parse(created.body);
    expect(item.fields['System.Title']).toBe('INC0010001: Disk full on db01');
    // the description is in the field this type shows, and only there
    expect(item.fields[defaultDescriptionField(type)]).toBe('Line 1<br>Line 2');
    expect(Object.keys(item.fields).filter((ref) => item.fields[ref] === 'Line 1<br>Line 2')).toHaveLength(1);
    expect(item.fields['System.Tags']).toContain('INC0010001');
    // Every ServiceNow state the preset maps is a state this process accepts.
    let rev = item.rev;
    for (const state of ['1', '2', '3', '6', '7']) {
      const build = buildUpdatePatch(snapshot({ state }), ['state'], rev, map, fields);
      if (build.ops.length === 0) continue;
      const updated = send('PATCH', String(item.id), build.ops);
      expect([state, updated.status, updated.body]).toEqual([state, 200, expect.any(String)]);
      rev = JSON.parse(updated.body).rev;
      expect(JSON.parse(updated.body).fields['System.State']).toBe(map.toRemote('state', state));
    }
    expect(fake.validationFailures).toEqual([]);
  });

  it('creates and updates with the custom preset on a process that has a Blocked state', async () => {
    fake = await startAdoFake({ validator, process: { name: 'Custom', workItemTypes: { Task: { states: ['To Do', 'Doing', 'Blocked', 'Done', 'Closed'] } } } });
    const map = new ValueMap(presetRows('custom'));
    const created = send('POST', '$Task', buildCreatePatch(snapshot({ short_description: 'x', state: '3', priority: '2' }), map, taskMap).ops);
    expect([created.status, created.body]).toEqual([200, expect.any(String)]);
    expect(JSON.parse(created.body).fields['System.State']).toBe('Blocked');
    expect(fake.validationFailures).toEqual([]);
  });

  it('is accepted with a very long short description (the title is cut to what the field holds)', async () => {
    fake = await startAdoFake({ process: 'Basic', validator });
    const created = send('POST', '$Task', buildCreatePatch(snapshot({ short_description: 'x'.repeat(1000), priority: '5' }), basic, taskMap).ops);
    expect([created.status, created.body]).toEqual([200, expect.any(String)]);
    const fields = JSON.parse(created.body).fields;
    expect(fields['System.Title']).toHaveLength(255);
    expect(fields['Microsoft.VSTS.Common.Priority']).toBe(4);
    expect(fake.validationFailures).toEqual([]);
  });

  it('gets 412 for an update built on a stale rev', async () => {
    fake = await startAdoFake({ process: 'Basic', validator });
    const item = JSON.parse(send('POST', '$Task', buildCreatePatch(full, basic, taskMap).ops).body);
    expect(send('PATCH', String(item.id), buildUpdatePatch(snapshot({ short_description: 'a' }), ['short_description'], item.rev, basic, taskMap).ops).status).toBe(200);
    expect(send('PATCH', String(item.id), buildUpdatePatch(snapshot({ short_description: 'b' }), ['short_description'], item.rev, basic, taskMap).ops).status).toBe(412);
  });
});
