import { adoErrorMessage } from '../../../src/app/core/adoError';
import { adoErrors } from '@incb/ado-fake';

describe('adoErrorMessage', () => {
  it.each([
    [adoErrors.unknownField('Custom.Nope'), 'HTTP 400: TF51535: Cannot find field Custom.Nope. (WorkItemTrackingFieldDefinitionNotFoundException)'],
    [adoErrors.workItemNotFound(42), 'HTTP 404: TF401232: Work item 42 does not exist, or you do not have permissions to read it. (WorkItemUnauthorizedAccessException)'],
    [adoErrors.testFailed('/rev', 3, 2), 'HTTP 412: VS403351: Test Operation for path /rev failed, value 3 was not equal to test value 2. (TestPatchOperationFailedException)'],
  ])('uses Azure DevOps\' message and typeKey (%#)', (error, message) => {
    expect(adoErrorMessage(error.status, JSON.stringify(error.body))).toBe(message);
  });

  it('keeps the message when typeKey is missing', () => {
    expect(adoErrorMessage(401, '{"message":"TF400813: The user is not authorized to access this resource."}')).toBe('HTTP 401: TF400813: The user is not authorized to access this resource.');
  });

  it('shows other JSON bodies and text as (truncated) text', () => {
    expect(adoErrorMessage(500, '{"error":"boom"}')).toBe('HTTP 500: {"error":"boom"}');
    expect(adoErrorMessage(503, 'Service   Unavailable\r\n')).toBe('HTTP 503: Service Unavailable');
    const long = adoErrorMessage(502, 'x'.repeat(2000));
    expect(long.length).toBeLessThan(600);
    expect(long).toMatch(/^HTTP 502: x+\.\.\. \[truncated 1500 of 2000 characters\]$/);
    expect(adoErrorMessage(500, '{"message":"cut off')).toBe('HTTP 500: {"message":"cut off');
  });

  it('shows an error body nested too deeply to parse safely as text', () => {
    const body = '{"message": "TF1: deep", "x": ' + '['.repeat(200000) + ']'.repeat(200000) + '}';
    expect(adoErrorMessage(500, body)).toMatch(/^HTTP 500: \{"message": "TF1: deep", "x": \[\[\[+\.\.\. \[truncated /);
  });

  it('reads an HTML error page as text', () => {
    expect(adoErrorMessage(401, '<html><head><title>Sign in</title></head><body><h1>Access denied</h1><p>Use a valid PAT &amp; retry.</p></body></html>'))
      .toBe('HTTP 401: Access denied Use a valid PAT & retry.');
  });

  it('says when there was no body or no response', () => {
    expect(adoErrorMessage(404, '')).toBe('HTTP 404');
    expect(adoErrorMessage(404, null as unknown as string)).toBe('HTTP 404');
    expect(adoErrorMessage(0, '')).toBe('No response');
  });
});
