import {
  defaultDescriptionField,
  DESCRIPTION_FIELD,
  fieldMapFor,
  FieldMapping,
  inboundFields,
  isFieldReferenceName,
  outboundFieldNames,
  outboundFields,
  REPRO_STEPS_FIELD,
} from '../../../src/app/core/fieldMap';

describe('fieldMapFor', () => {
  it('maps the four incident fields, the description to the connection\'s field', () => {
    expect(fieldMapFor(DESCRIPTION_FIELD).map((m) => [m.sn, m.remote])).toEqual([
      ['short_description', 'System.Title'],
      ['description', 'System.Description'],
      ['state', 'System.State'],
      ['priority', 'Microsoft.VSTS.Common.Priority'],
    ]);
    expect(fieldMapFor(REPRO_STEPS_FIELD).map((m) => m.remote)).toEqual(['System.Title', 'Microsoft.VSTS.TCM.ReproSteps', 'System.State', 'Microsoft.VSTS.Common.Priority']);
  });

  it('translates state and priority through their value maps and formats title and description', () => {
    const by = (sn: string) => fieldMapFor(REPRO_STEPS_FIELD).filter((m) => m.sn === sn)[0];
    expect(by('state').valueMap).toBe('state');
    expect(by('priority').valueMap).toBe('priority');
    expect(by('short_description').format).toBe('title');
    expect(by('description').format).toBe('html');
  });

  it('gives fresh mappings: a change to one connection\'s map never reaches another\'s', () => {
    fieldMapFor(DESCRIPTION_FIELD)[1].remote = 'Custom.Changed';
    expect(fieldMapFor(DESCRIPTION_FIELD)[1].remote).toBe('System.Description');
  });

  // The link's fingerprint covers the incident side only: it must be the same whatever field the description goes to,
  // or the capture rule (which does not read the connection) and the sender would disagree.
  it('has the same incident side through every connection: the fingerprint\'s fields', () => {
    for (const remote of [DESCRIPTION_FIELD, REPRO_STEPS_FIELD, 'Custom.Details']) {
      expect(outboundFields(fieldMapFor(remote)).map((m) => m.sn)).toEqual(outboundFieldNames());
    }
    expect(outboundFieldNames()).toEqual(['short_description', 'description', 'state', 'priority']);
  });
});

describe('defaultDescriptionField', () => {
  it('is Repro Steps for a Bug (any casing), Description for every other type', () => {
    expect(defaultDescriptionField('Bug')).toBe(REPRO_STEPS_FIELD);
    expect(defaultDescriptionField(' bug ')).toBe(REPRO_STEPS_FIELD);
    for (const type of ['Task', 'Issue', 'User Story', 'Product Backlog Item', 'Epic', 'Bugfix', '']) expect(defaultDescriptionField(type)).toBe(DESCRIPTION_FIELD);
  });
});

describe('isFieldReferenceName', () => {
  it('takes reference names, not display names', () => {
    for (const name of ['System.Description', 'Microsoft.VSTS.TCM.ReproSteps', 'Custom.Details', 'WEF_6A1B_Kanban.Column']) expect(isFieldReferenceName(name)).toBe(true);
    for (const name of ['Repro Steps', 'Description', 'System.', '.Description', 'System.Description ', '']) expect(isFieldReferenceName(name)).toBe(false);
  });
});

describe('outboundFields and inboundFields', () => {
  it('keep the mappings of their direction and the two-way ones, in map order', () => {
    const map: FieldMapping[] = fieldMapFor(DESCRIPTION_FIELD).concat([
      { sn: 'u_inbound_only', remote: 'Custom.In', direction: 'inbound' },
      { sn: 'u_outbound_only', remote: 'Custom.Out', direction: 'outbound' },
    ]);
    expect(outboundFields(map).map((m) => m.sn)).toEqual(['short_description', 'description', 'state', 'priority', 'u_outbound_only']);
    expect(inboundFields(map).map((m) => m.sn)).toEqual(['short_description', 'description', 'state', 'priority', 'u_inbound_only']);
  });
});
