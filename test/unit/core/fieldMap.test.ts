import { FIELD_MAP, outboundFields } from '../../../src/app/core/fieldMap';

describe('FIELD_MAP', () => {
  it('maps the four incident fields to their Azure DevOps reference names', () => {
    expect(FIELD_MAP.map((m) => [m.sn, m.remote])).toEqual([
      ['short_description', 'System.Title'],
      ['description', 'System.Description'],
      ['state', 'System.State'],
      ['priority', 'Microsoft.VSTS.Common.Priority'],
    ]);
  });

  it('translates state and priority through their value maps and formats title and description', () => {
    const by = (sn: string) => FIELD_MAP.filter((m) => m.sn === sn)[0];
    expect(by('state').valueMap).toBe('state');
    expect(by('priority').valueMap).toBe('priority');
    expect(by('short_description').format).toBe('title');
    expect(by('description').format).toBe('html');
  });
});

describe('outboundFields', () => {
  afterEach(() => {
    FIELD_MAP.splice(4);
  });

  it('returns the outbound and two-way mappings in FIELD_MAP order', () => {
    FIELD_MAP.push({ sn: 'u_inbound_only', remote: 'Custom.In', direction: 'inbound' });
    FIELD_MAP.push({ sn: 'u_outbound_only', remote: 'Custom.Out', direction: 'outbound' });
    expect(outboundFields().map((m) => m.sn)).toEqual(['short_description', 'description', 'state', 'priority', 'u_outbound_only']);
  });
});
