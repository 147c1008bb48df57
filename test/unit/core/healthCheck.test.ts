import { combine, diagnoseCall, diagnoseTypeFields, diagnoseTypeStates, refreshTokenWarning } from '../../../src/app/core/healthCheck';
import { ValueMap } from '../../../src/app/core/valueMap';
import { fieldMapFor } from '../../../src/app/core/fieldMap';

describe('diagnoseCall: the exact cause', () => {
  it.each([
    [{ status: 200, message: '', authType: 'pat' }, 'healthy', ''],
    [{ status: 0, message: 'Connection refused', authType: 'pat' }, 'down', 'Unreachable endpoint: no answer from Azure DevOps (Connection refused)'],
    [{ status: 0, message: 'token request failed', authType: 'oauth2', oauthToken: 'none' as const }, 'down', 'No OAuth token - the platform could not obtain one for the OAuth profile (token request failed)'],
    [{ status: 0, message: 'refresh refused', authType: 'oauth2', oauthToken: 'expired' as const }, 'down', 'Expired OAuth token - the access token expired and could not be refreshed (refresh refused)'],
    [{ status: 0, message: 'Read timed out', authType: 'oauth2', oauthToken: 'live' as const }, 'down', 'Unreachable endpoint: no answer from Azure DevOps (Read timed out)'],
    [{ status: 401, message: 'HTTP 401: TF400813', authType: 'basic' }, 'down', 'Invalid credentials (401): the user name or password in the basic auth profile is wrong - HTTP 401: TF400813'],
    [{ status: 401, message: 'HTTP 401', authType: 'oauth2' }, 'down', 'Invalid credentials (401): the OAuth token was rejected (expired or revoked): re-authorize the OAuth profile - HTTP 401'],
    [{ status: 401, message: 'HTTP 401', authType: 'none' }, 'down', 'Invalid credentials (401): the connection sends no credentials (authentication None) and Azure DevOps requires them - HTTP 401'],
    [{ status: 403, message: 'HTTP 403: TF40027', authType: 'pat' }, 'down', "Missing permission (403): the credential may not read this project's work items - HTTP 403: TF40027"],
    [{ status: 404, message: 'HTTP 404: TF200016', authType: 'pat' }, 'down', 'Project or work item type not found (404) - HTTP 404: TF200016'],
    [{ status: 429, message: 'HTTP 429', authType: 'pat' }, 'degraded', 'Rate limited by Azure DevOps (429) - HTTP 429'],
    [{ status: 503, message: 'HTTP 503', authType: 'pat' }, 'down', 'Azure DevOps is failing (503) - HTTP 503'],
    [{ status: 302, message: 'HTTP 302', authType: 'pat' }, 'down', 'Unexpected answer (302) - HTTP 302'],
  ])('%j', (facts, status, error) => {
    expect(diagnoseCall(facts)).toEqual({ status, error });
  });

  it('a call held back by a rate limit is not a failure', () => {
    expect(diagnoseCall({ status: 0, message: 'Not sent', authType: 'pat', pausedMs: 1500 })).toEqual({ status: 'degraded', error: 'Not checked: Azure DevOps rate-limits this connection for another 2 s' });
  });
});

describe('refreshTokenWarning', () => {
  const NOW = Date.UTC(2026, 10, 22, 10, 0, 0);
  const DAY = 86400000;
  it('unknown (client credentials) or far away: nothing to say', () => {
    expect(refreshTokenWarning(null, NOW, 14, '')).toEqual({ status: 'healthy', error: '' });
    expect(refreshTokenWarning(NOW + 15 * DAY, NOW, 14, 'x')).toEqual({ status: 'healthy', error: '' });
  });
  it('within the window: degraded with the date and the days left; past it: down', () => {
    expect(refreshTokenWarning(NOW + 14 * DAY, NOW, 14, '2026-12-06 10:00:00')).toEqual({ status: 'degraded', error: 'The OAuth refresh token expires 2026-12-06 10:00:00 UTC (in 14 days): re-authorize the OAuth profile before then' });
    expect(refreshTokenWarning(NOW, NOW, 14, '2026-11-22 10:00:00').status).toBe('down');
  });
});

it('combine: the worst status, every error', () => {
  expect(combine([{ status: 'healthy', error: '' }, { status: 'degraded', error: 'a' }, { status: 'degraded', error: 'b' }])).toEqual({ status: 'degraded', error: 'a | b' });
  expect(combine([{ status: 'degraded', error: 'a' }, { status: 'down', error: 'b' }]).status).toBe('down');
  expect(combine([])).toEqual({ status: 'healthy', error: '' });
});

describe('diagnoseTypeFields: every mapped field is one the work item type has', () => {
  const typeFields = ['System.Title', 'System.Description', 'System.State', 'Microsoft.VSTS.Common.Priority'];
  it('is healthy when all are there, or when the answer lists no fields (nothing proven)', () => {
    expect(diagnoseTypeFields('Task', typeFields, fieldMapFor('System.Description'))).toEqual({ status: 'healthy', error: '' });
    expect(diagnoseTypeFields('Task', null, fieldMapFor('Custom.Nope'))).toEqual({ status: 'healthy', error: '' });
  });
  it('is down naming each missing field and the incident field it carries', () => {
    const result = diagnoseTypeFields('Task', typeFields.slice(0, 3), fieldMapFor('Microsoft.VSTS.TCM.ReproSteps'));
    expect(result.status).toBe('down');
    expect(result.error).toContain("Work item type Task has no field Microsoft.VSTS.TCM.ReproSteps (for the incident's description), Microsoft.VSTS.Common.Priority (for the incident's priority)");
  });
});

describe('diagnoseTypeStates: every state the value map sends is one the type has', () => {
  const map = new ValueMap([
    { field: 'state', direction: 'both', sn_value: '1', remote_value: 'new', order: 1 },
    { field: 'state', direction: 'inbound', sn_value: '2', remote_value: 'Approved', order: 2 },
    { field: 'state', direction: 'outbound', sn_value: '6', remote_value: 'Resolved', order: 3 },
    { field: 'state', direction: 'outbound', sn_value: '6', remote_value: 'Closed', order: 4 },
    { field: 'priority', direction: 'both', sn_value: '1', remote_value: 'Urgent', order: 5 },
  ]);
  it('compares case-insensitively, only outbound rows, only the row each value goes out by, only states', () => {
    expect(diagnoseTypeStates('Bug', ['New', 'Active', 'Resolved', 'Closed'], map)).toEqual({ status: 'healthy', error: '' });
    expect(diagnoseTypeStates('Bug', null, map)).toEqual({ status: 'healthy', error: '' });
  });
  it('is degraded naming each state the type lacks and the incident state it is sent for', () => {
    const result = diagnoseTypeStates('Task', ['New', 'Active', 'Closed', 'Removed'], map);
    expect(result.status).toBe('degraded');
    expect(result.error).toMatch(/^Work item type Task has no state Resolved \(sent for incident state 6\): /);
  });
});
