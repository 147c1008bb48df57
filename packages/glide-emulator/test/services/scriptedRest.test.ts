// Scripted REST objects: the request a resource script receives and the response it builds, including the
// platform's body envelope, error JSON and the read-once request body.
import { createServices } from '../../glide/services';
import { createFakeHost } from './fakeHost';

function setup() {
  return createServices(createFakeHost());
}

describe('RESTAPIRequest', () => {
  it('exposes uri, url, path and query parameters (as arrays) and lower-case headers', () => {
    const { rest } = setup();
    const request = rest.request({
      method: 'POST',
      uri: '/api/x_incb_bridge/v1/webhook/ado?active=false&name=now&name=later&q=a%20b',
      pathParams: { connection: 'c1' },
      headers: { 'Content-Type': 'application/json', 'X-Custom': 'yes', Host: 'acme.service-now.com', Accept: 'application/json;q=0.9, text/xml' },
      body: '{"a":1}',
    });
    expect(request.uri).toBe('/api/x_incb_bridge/v1/webhook/ado');
    expect(request.queryString).toBe('active=false&name=now&name=later&q=a%20b');
    expect(request.url).toBe('https://acme.service-now.com/api/x_incb_bridge/v1/webhook/ado?active=false&name=now&name=later&q=a%20b');
    expect(request.queryParams).toEqual({ active: ['false'], name: ['now', 'later'], q: ['a b'] });
    expect(request.pathParams).toEqual({ connection: 'c1' });
    expect(request.headers).toEqual({ 'content-type': 'application/json', 'x-custom': 'yes', host: 'acme.service-now.com', accept: 'application/json;q=0.9, text/xml' });
    expect(request.getHeader('X-CUSTOM')).toBe('yes');
    expect(request.getHeader('x-missing')).toBeNull();
    expect(request.getSupportedResponseContentTypes()).toEqual(['application/json', 'text/xml']);
  });
  it('takes parameters named like Object members as parameters (__proto__, constructor)', () => {
    const { rest } = setup();
    const request = rest.request({ method: 'GET', uri: '/api/x/v1/health?__proto__=a&constructor=b&toString=c' });
    expect(Object.keys(request.queryParams)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(request.queryParams['__proto__']).toEqual(['a']);
    expect(request.queryParams.constructor).toEqual(['b']);
    expect(Object.getPrototypeOf(request.queryParams)).toBe(Object.prototype);
  });
  it('builds the query string from queryParams when they are given separately', () => {
    const { rest } = setup();
    const request = rest.request({ method: 'GET', uri: '/api/x/v1/health', queryParams: { since: ['2024-01-01 00:00:00'], id: ['1', '2'] } });
    expect(request.queryString).toBe('since=2024-01-01%2000%3A00%3A00&id=1&id=2');
    expect(request.url).toBe('https://instance.service-now.com/api/x/v1/health?since=2024-01-01%2000%3A00%3A00&id=1&id=2');
  });
  it('parses body.data from JSON (also +json types and no Content-Type), the same object on every read', () => {
    const { rest } = setup();
    const request = rest.request({ method: 'POST', uri: '/a', headers: { 'content-type': 'application/json-patch+json' }, body: '[{"op":"add"}]' });
    expect(request.body.data).toEqual([{ op: 'add' }]);
    expect(request.body.data).toBe(request.body.data);
    expect(rest.request({ method: 'POST', uri: '/a', body: '{"x":true}' }).body.data).toEqual({ x: true });
  });
  it('throws on body.data when the body is not valid JSON, empty included', () => {
    const { rest } = setup();
    const json = { 'Content-Type': 'application/json' };
    expect(() => rest.request({ method: 'POST', uri: '/a', headers: json, body: '{"broken":' }).body.data).toThrow();
    expect(() => rest.request({ method: 'POST', uri: '/a', headers: json, body: '' }).body.data).toThrow();
    expect(() => rest.request({ method: 'POST', uri: '/a', headers: { 'Content-Type': 'application/xml' }, body: '<a/>' }).body.data).toThrow(/JSON bodies only/);
    expect(rest.request({ method: 'POST', uri: '/a', headers: json, body: '{"broken":' }).body.dataString).toBe('{"broken":');
  });
  it('throws on body.data and nextEntry() for JSON nested deeper than the platform parses (512 levels), not before', () => {
    const { rest } = setup();
    const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
    expect(() => rest.request({ method: 'POST', uri: '/a', body: nested(200000) }).body.data).toThrow(/nested deeper than 512 levels/);
    expect(() => rest.request({ method: 'POST', uri: '/a', body: nested(513) }).body.hasNext()).toThrow(/nested deeper than 512 levels/);
    expect(rest.request({ method: 'POST', uri: '/a', body: nested(512) }).body.data).toHaveLength(1);
    // brackets inside strings are text, escaped quotes included
    expect(rest.request({ method: 'POST', uri: '/a', body: JSON.stringify({ t: '\\"' + '['.repeat(600) }) }).body.data.t).toHaveLength(602);
  });
  it('reads the body stream once: the first form read wins', () => {
    const { rest } = setup();
    const afterString = rest.request({ method: 'POST', uri: '/a', body: '{"a":1}' });
    expect(afterString.body.dataString).toBe('{"a":1}');
    expect(afterString.body.dataString).toBe('{"a":1}');
    expect(() => afterString.body.data).toThrow();
    expect(afterString.body.hasNext()).toBe(false);
    const afterData = rest.request({ method: 'POST', uri: '/a', body: '{"a":1}' });
    expect(afterData.body.data).toEqual({ a: 1 });
    expect(afterData.body.dataString).toBe('');
  });
  it('iterates entries with hasNext/nextEntry as documented', () => {
    const { rest } = setup();
    const many = rest.request({ method: 'POST', uri: '/a', body: '[{"name":"user1"},{"name":"user2"}]' }).body;
    const names: string[] = [];
    while (many.hasNext()) names.push(many.nextEntry().name);
    expect(names).toEqual(['user1', 'user2']);
    expect(many.nextEntry()).toBeUndefined();
    const single = rest.request({ method: 'POST', uri: '/a', body: '{"name":"user1"}' }).body;
    expect(single.hasNext()).toBe(true);
    expect(single.nextEntry()).toEqual({ name: 'user1' });
    expect(single.hasNext()).toBe(false);
    expect(single.nextEntry()).toBeUndefined();
  });
});

describe('RESTAPIResponse', () => {
  it('wraps setBody in {"result": ...} as JSON, status 200 unless set', () => {
    const { rest } = setup();
    const response = rest.response();
    response.setBody({ name: 'incident', number: '1234' });
    expect(response.result()).toEqual({ status: 200, headers: { 'Content-Type': 'application/json;charset=UTF-8' }, body: '{"result":{"name":"incident","number":"1234"}}' });
    const created = rest.response();
    created.setStatus(201);
    created.setHeader('Location', '/api/x/v1/item/1');
    created.setBody([1, 2]);
    expect(created.result()).toEqual({ status: 201, headers: { Location: '/api/x/v1/item/1', 'Content-Type': 'application/json;charset=UTF-8' }, body: '{"result":[1,2]}' });
  });
  it('sets status 0 for a non-numeric status, as documented', () => {
    const { rest } = setup();
    const response = rest.response();
    response.setStatus('200' as any);
    expect(response.result().status).toBe(0);
  });
  it.each([
    ['BadRequestError', 400],
    ['NotFoundError', 404],
    ['NotAcceptableError', 406],
    ['ConflictError', 409],
    ['UnsupportedMediaTypeError', 415],
  ])('setError(new sn_ws_err.%s(msg)) answers %i with the platform error JSON', (name, status) => {
    const { rest, sn_ws_err } = setup();
    const ErrorType = (sn_ws_err as any)[name];
    const error = new ErrorType('Missing required parameters.');
    expect(error instanceof sn_ws_err.ServiceError).toBe(true);
    const response = rest.response();
    response.setBody({ ignored: true });
    response.setError(error);
    const result = response.result();
    expect(result.status).toBe(status);
    expect(JSON.parse(result.body)).toEqual({ error: { message: 'Missing required parameters.', detail: '' }, status: 'failure' });
    expect(result.headers['Content-Type']).toBe('application/json;charset=UTF-8');
  });
  it('sends a custom ServiceError with its status, message and detail', () => {
    const { rest, sn_ws_err } = setup();
    const error = new sn_ws_err.ServiceError();
    error.setStatus(418);
    error.setMessage('I am a Teapot');
    error.setDetail('Here are the details about this error');
    const response = rest.response();
    response.setError(error);
    expect(response.result()).toEqual({
      status: 418,
      headers: { 'Content-Type': 'application/json;charset=UTF-8' },
      body: '{"error":{"message":"I am a Teapot","detail":"Here are the details about this error"},"status":"failure"}',
    });
  });
  it('turns a plain Error into a 500', () => {
    const { rest } = setup();
    const response = rest.response();
    response.setError(new Error('boom'));
    expect(response.result().status).toBe(500);
    expect(JSON.parse(response.result().body).error.message).toBe('boom');
  });
  it('streams text as is, only after content type and status are set, and freezes them afterwards', () => {
    const { rest } = setup();
    const early = rest.response();
    early.setStatus(200);
    expect(() => early.getStreamWriter().writeString('x')).toThrow(/content type and status/);
    const response = rest.response();
    response.setContentType('text/plain');
    response.setStatus(202);
    const writer = response.getStreamWriter();
    writer.writeString('line 1\n');
    writer.writeString('line 2');
    expect(() => response.setStatus(500)).toThrow(/stream has been written/);
    expect(() => response.setBody({})).toThrow(/stream has been written/);
    expect(response.result()).toEqual({ status: 202, headers: { 'Content-Type': 'text/plain' }, body: 'line 1\nline 2' });
  });
  describe('getStreamWriter().writeStream (RESTAPIResponseStream - Scoped)', () => {
    // every byte value, and sequences that are not UTF-8 (a lone continuation byte, 0xFF, a cut-off lead byte): any
    // text decoding on the way would change them
    const BINARY = Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), Buffer.from([0x80, 0xff, 0xfe, 0x00, 0xc3])]);
    const stream = (bytes: Buffer) => ({ _base64: bytes.toString('base64') });
    const streaming = (rest: ReturnType<typeof setup>['rest'], type = 'application/octet-stream', status = 200) => {
      const response = rest.response();
      response.setContentType(type);
      response.setStatus(status);
      return response;
    };

    it('sends the stream\'s bytes exactly, as bodyBase64 beside an empty body, with the status and content type set before', () => {
      const { rest } = setup();
      const response = streaming(rest, 'image/png', 200);
      response.setHeader('Content-Disposition', 'attachment; filename="a.png"');
      response.getStreamWriter().writeStream(stream(BINARY));
      const result = response.result();
      expect(result).toEqual({ status: 200, headers: { 'Content-Disposition': 'attachment; filename="a.png"', 'Content-Type': 'image/png' }, body: '', bodyBase64: BINARY.toString('base64') });
      expect(Buffer.from(result.bodyBase64!, 'base64').equals(BINARY)).toBe(true);
    });

    it('appends writes in order, text as its UTF-8 bytes', () => {
      const { rest } = setup();
      const response = streaming(rest);
      const writer = response.getStreamWriter();
      writer.writeString('Grüße ');
      writer.writeStream(stream(Buffer.from([0xff, 0x00])));
      writer.writeStream(stream(Buffer.alloc(0)));
      writer.writeString('✓');
      expect(Buffer.from(response.result().bodyBase64!, 'base64')).toEqual(Buffer.concat([Buffer.from('Grüße ', 'utf8'), Buffer.from([0xff, 0x00]), Buffer.from('✓', 'utf8')]));
    });

    it('an empty stream is an empty body, still a streamed one', () => {
      const { rest } = setup();
      const response = streaming(rest, 'text/plain', 200);
      response.getStreamWriter().writeStream(stream(Buffer.alloc(0)));
      expect(response.result()).toEqual({ status: 200, headers: { 'Content-Type': 'text/plain' }, body: '', bodyBase64: '' });
    });

    it.each([
      ['only the status', (r: any) => r.setStatus(200)],
      ['only the content type', (r: any) => r.setContentType('image/png')],
      ['nothing', () => undefined],
    ])('is refused when %s was set, and nothing is streamed', (_what, prepare) => {
      const { rest } = setup();
      const response = rest.response();
      prepare(response);
      expect(() => response.getStreamWriter().writeStream(stream(BINARY))).toThrow(/set the content type and status before writing/);
      // the refused write left the response as it was: it still takes a body, and sends no bytes
      response.setBody({ ok: true });
      expect(response.result().bodyBase64).toBeUndefined();
      expect(JSON.parse(response.result().body)).toEqual({ result: { ok: true } });
    });

    it('freezes status, content type, headers, body and error after the first write', () => {
      const { rest, sn_ws_err } = setup();
      const response = streaming(rest, 'image/png', 200);
      response.getStreamWriter().writeStream(stream(BINARY));
      expect(() => response.setStatus(404)).toThrow(/stream has been written/);
      expect(() => response.setContentType('text/plain')).toThrow(/stream has been written/);
      expect(() => response.setHeader('Content-Disposition', 'inline')).toThrow(/stream has been written/);
      expect(() => response.setBody({})).toThrow(/stream has been written/);
      expect(() => response.setError(new sn_ws_err.NotFoundError('late'))).toThrow(/stream has been written/);
      expect(response.result()).toMatchObject({ status: 200, headers: { 'Content-Type': 'image/png' }, body: '' });
    });

    it.each([
      ['a string', 'AAEC'],
      ['null', null],
      ['a record-like object', { getUniqueValue: () => 'x' }],
    ])('refuses %s: only an input stream can be streamed', (_what, value) => {
      const { rest } = setup();
      const response = streaming(rest);
      expect(() => response.getStreamWriter().writeStream(value)).toThrow(/not an input stream/);
    });
  });

  it('treats a Content-Type header as the content type', () => {
    const { rest } = setup();
    const response = rest.response();
    response.setHeader('content-type', 'application/vnd.api+json');
    response.setBody({});
    expect(response.result().headers).toEqual({ 'Content-Type': 'application/vnd.api+json' });
  });
});
