// The REST steps' checks, as the ATF documentation describes them (sandbox/atf/rest-steps.ts), the step inputs'
// encodings, the runner's refusal to run where test execution is off, and `npm run atf`'s command line.
import { parseTemplateValues } from '@incb/glide-emulator';
import { ATF_USAGE, parseAtfCommandLine } from '../../../sandbox/atf/cli-options';
import { RestResponse, assertResponse, buildRequest, jsonElement, send } from '../../../sandbox/atf/rest-steps';
import { resolvePills, runAtf } from '../../../sandbox/atf/runner';
import { loadBuiltApp } from '../../support/builtApp';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const response = (over: Partial<RestResponse> = {}): RestResponse => ({
  url: 'http://instance/api/x',
  method: 'GET',
  status: 200,
  statusText: 'OK',
  headers: { 'content-type': 'application/json' },
  body: '{"result":{"number":"INC0010001","count":3,"ok":true,"none":null,"list":[{"a":1}],"empty":""}}',
  durationMs: 12,
  ...over,
});

describe('assert steps', () => {
  test('status code operations', () => {
    expect(assertResponse('rest.assertStatusCode', { status_code: '200', response_operation: 'equals' }, response()).status).toBe('success');
    expect(assertResponse('rest.assertStatusCode', { status_code: '201', response_operation: 'equals' }, response()).summary).toBe("Assertion failed: Status code is '201'; Status code is '200'");
    expect(assertResponse('rest.assertStatusCode', { status_code: '300', response_operation: 'less_than' }, response()).status).toBe('success');
    expect(assertResponse('rest.assertStatusCode', { status_code: '200', response_operation: 'greater_than' }, response()).status).toBe('failure');
    expect(assertResponse('rest.assertStatusCode', { status_code: '200', response_operation: 'contains' }, response()).summary).toMatch(/not one this assert offers/);
  });

  test('JSON elements by SNC path: object members only, values as text', () => {
    const payload = JSON.parse(response().body);
    expect(jsonElement(payload, '/result/number')).toBe('INC0010001');
    expect(jsonElement(payload, '/result/count')).toBe('3');
    expect(jsonElement(payload, '/result/ok')).toBe('true');
    expect(jsonElement(payload, '/result/none')).toBe('');
    expect(jsonElement(payload, '/result/missing')).toBeUndefined();
    expect(() => jsonElement(payload, '/result/list/0/a')).toThrow(/runs into an array/);
    expect(() => jsonElement(payload, 'result/number')).toThrow(/starts with \//);
    const check = (inputs: { [field: string]: string }) => assertResponse('rest.assertJsonResponsePayloadElement', inputs, response()).status;
    expect(check({ element_name: '/result/number', response_operation: 'equals', element_value: 'INC0010001' })).toBe('success');
    expect(check({ element_name: '/result/number', response_operation: 'contains', element_value: '0010' })).toBe('success');
    expect(check({ element_name: '/result/number', response_operation: 'does_not_contain', element_value: '0010' })).toBe('failure');
    expect(check({ element_name: '/result/missing', response_operation: 'not_equals', element_value: 'x' })).toBe('success');
    expect(check({ element_name: '/result/missing', response_operation: 'equals', element_value: '' })).toBe('failure');
    expect(check({ element_name: '/result/empty', response_operation: 'exists', element_value: '' })).toBe('failure');
    expect(check({ element_name: '/result/count', response_operation: 'exists', element_value: '' })).toBe('success');
    expect(check({ element_name: '/result/list/0', response_operation: 'exists', element_value: '' })).toBe('failure');
    expect(assertResponse('rest.assertJsonResponsePayloadElement', { element_name: '/a', response_operation: 'exists' }, response({ body: 'not json' })).summary).toBe('The response payload is not valid JSON');
  });

  test('payload, header, JSON validity, status code name and response time', () => {
    expect(assertResponse('rest.assertResponsePayload', { response_body: '"number":"INC0010001"', response_operation: 'contains' }, response()).status).toBe('success');
    expect(assertResponse('rest.assertResponsePayload', { response_body: '{"number":"INC0010001"}', response_operation: 'contains' }, response()).summary).toMatch(/must not contain curly braces/);
    expect(assertResponse('rest.assertResponseHeader', { header_name: 'Content-Type', response_operation: 'contains', header_value: 'json' }, response()).status).toBe('success');
    expect(assertResponse('rest.assertResponseHeader', { header_name: 'X-Missing', response_operation: 'exists', header_value: '' }, response()).status).toBe('failure');
    expect(assertResponse('rest.assertResponseJSONPayloadIsValid', {}, response()).status).toBe('success');
    expect(assertResponse('rest.assertResponseJSONPayloadIsValid', {}, response({ body: '<xml/>' })).status).toBe('failure');
    expect(assertResponse('rest.assertStatusCodeName', { code_name: 'OK', response_operation: 'equals' }, response()).status).toBe('success');
    expect(assertResponse('rest.assertResponseTime', { response_time: '10', response_operation: 'less_than' }, response()).status).toBe('failure');
    expect(assertResponse('rest.assertXMLResponsePayloadElement', {}, response()).summary).toMatch(/does not implement/);
  });
});

describe('Send REST Request - Inbound', () => {
  const none = async () => null;
  const inputs = { http_method: 'post', end_point: '/api/x', query_params: '{"a b":"c&d"}', headers: '{"Accept":"application/json"}', request_body: '{}', auth_type: 'basic', basic_auth: 'p1', mutual_auth: '' };

  test('the path is the part after the instance; parameters are encoded by the step; basic needs a profile that exists', async () => {
    const built = await buildRequest('http://instance', inputs, async () => ({ username: 'u', password: 'secret-pw' }));
    expect(built).toEqual({ method: 'POST', url: 'http://instance/api/x?a+b=c%26d', headers: { Accept: 'application/json', Authorization: 'Basic ' + Buffer.from('u:secret-pw').toString('base64') }, body: '{}' });
    await expect(buildRequest('http://instance', { ...inputs, end_point: 'https://other/api/x' }, none)).rejects.toThrow(/portion of the URI after the instance name/);
    await expect(buildRequest('http://instance', inputs, none)).rejects.toThrow(/profile p1 does not exist/);
    await expect(buildRequest('http://instance', { ...inputs, basic_auth: '' }, none)).rejects.toThrow(/no basic authentication profile is selected/);
    await expect(buildRequest('http://instance', { ...inputs, auth_type: 'mutual' }, none)).rejects.toThrow(/not implemented/);
    await expect(buildRequest('http://instance', { ...inputs, headers: '[1]' }, none)).rejects.toThrow(/not name-value pairs/);
    expect((await buildRequest('http://instance', { ...inputs, auth_type: '', http_method: 'get' }, none)).headers).toEqual({ Accept: 'application/json' });
  });

  test('the step result shows request and response with credentials redacted, and fails only without an answer', async () => {
    const server = http.createServer((req, res) => {
      res.writeHead(404, { 'Content-Type': 'application/json', 'Set-Cookie': 'JSESSIONID=abcdef' });
      res.end('{"error":{"message":"nope"}}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const sent = await send(await buildRequest(url, inputs, async () => ({ username: 'u', password: 'secret-pw' })));
      expect(sent.outcome.status).toBe('success');
      expect(sent.outcome.summary).toBe(`The HTTP request has been sent to the endpoint '${url}/api/x?a+b=c%26d', response code 404`);
      expect(sent.outcome.output).toContain('Authorization: Header redacted for security.');
      expect(sent.outcome.output).toContain('set-cookie: Header redacted for security.');
      expect(sent.outcome.output).toContain('{"error":{"message":"nope"}}');
      expect(sent.outcome.output).not.toContain(Buffer.from('u:secret-pw').toString('base64'));
      expect(sent.response?.status).toBe(404);
    } finally {
      server.close();
    }
    const refused = await send({ method: 'GET', url: 'http://127.0.0.1:1/api/x', headers: {}, body: undefined });
    expect(refused.outcome.status).toBe('failure');
  });
});

test('field values: field=value terms, ^^ for a caret, EQ ends them', () => {
  expect(parseTemplateValues('short_description=a ^^ b^impact=1^EQ')).toEqual([
    { field: 'short_description', value: 'a ^ b' },
    { field: 'impact', value: '1' },
  ]);
  expect(parseTemplateValues('')).toEqual([]);
  expect(() => parseTemplateValues('impact')).toThrow(/not field=value/);
});

test('data pills take earlier outputs; an output the step does not have fails', () => {
  const id = 'c'.repeat(32);
  expect(resolvePills(`/api/x/{{step['${id}'].record_id}}/y`, { [id]: { record_id: 'r1' } })).toBe('/api/x/r1/y');
  expect(() => resolvePills(`{{step['${id}'].first_record}}`, { [id]: { record_id: 'r1' } })).toThrow(/has no output "first_record"/);
});

test('with test execution disabled (sn_atf.runner.enabled), no step runs and the test is an Error', async () => {
  const app = loadBuiltApp();
  const calls: string[] = [];
  const reply = <T>(value: T) => ({ value, logs: [] }) as never;
  const run = await runAtf({
    app,
    target: {
      url: 'http://unused',
      session: {
        atfBegin: async () => reply({ enabled: false }),
        atfStep: async () => (calls.push('step'), reply({})),
        atfBasicAuth: async () => reply({}),
        atfEnd: async () => (calls.push('end'), reply({ touched: [], left: [] })),
        drain: async () => reply({}),
        info: async () => reply({ now: 0 }),
        tick: async () => reply({}),
      },
    },
  });
  expect(run.ok).toBe(false);
  expect(calls).toEqual([]);
  expect(run.suites[0].status).toBe('Error');
});

test('npm run atf: its options, and an unknown one refused', () => {
  expect(parseAtfCommandLine([])).toEqual({ help: false, options: { engines: ['rhino', 'node'], demoData: true, json: false } });
  expect(parseAtfCommandLine(['--app', '/tmp/x', '--engine', 'node', '--without-demo-data', '--suite', 'A', '--suite', 'B'])).toEqual({
    help: false,
    options: { app: '/tmp/x', engines: ['node'], demoData: false, suites: ['A', 'B'], json: false },
  });
  expect(() => parseAtfCommandLine(['--engine', 'java'])).toThrow(/rhino, node or both/);
  expect(() => parseAtfCommandLine(['--apps', 'x'])).toThrow(/unknown option --apps/);
  expect(() => parseAtfCommandLine(['--app'])).toThrow(/needs a value/);
  expect(ATF_USAGE).toContain('--without-demo-data');
});
