import { redactBody, redactHeaders, redactText, redactUrl, REDACTED, isSensitiveName } from '../../../src/app/core/redact';

const PAT = 'k3t2wq7hx4tmh5ytodt5wsmsksbr5yhpafodeb4e5cwlcaqmnfla'; // 52-char base32, the classic ADO PAT shape

describe('redactHeaders', () => {
  it('replaces credential-bearing headers whatever their case and keeps the others', () => {
    const out = redactHeaders({
      Authorization: 'Basic ' + Buffer.from(':' + PAT).toString('base64'),
      cookie: 'JSESSIONID=abc123',
      'X-Api-Key': 'k-1234567',
      'Proxy-Authorization': 'Bearer abcdefghi',
      'Content-Type': 'application/json-patch+json',
      'X-Incb-Bridge-Secret': 'shared-secret-value',
    });
    expect(out.Authorization).toBe(REDACTED);
    expect(out.cookie).toBe(REDACTED);
    expect(out['X-Api-Key']).toBe(REDACTED);
    expect(out['Proxy-Authorization']).toBe(REDACTED);
    expect(out['X-Incb-Bridge-Secret']).toBe(REDACTED);
    expect(out['Content-Type']).toBe('application/json-patch+json');
  });

  it('redacts secrets inside otherwise harmless headers', () => {
    const out = redactHeaders({ 'X-Debug': 'sent with Bearer eyJhbGciOi.eyJzdWIiOiIx.sig' }, {});
    expect(out['X-Debug']).not.toContain('eyJhbGciOi');
  });
});

describe('redactUrl', () => {
  it('removes user info and sensitive query parameters but keeps the route readable', () => {
    const out = redactUrl('https://user:' + PAT + '@dev.azure.com/org/proj/_apis/wit/workitems/1?api-version=7.1&access_token=tok123456&sig=abc');
    expect(out).toBe('https://' + REDACTED + '@dev.azure.com/org/proj/_apis/wit/workitems/1?api-version=7.1&access_token=' + REDACTED + '&sig=' + REDACTED);
  });

  it('leaves a URL without secrets untouched', () => {
    const url = 'https://dev.azure.com/org/proj/_apis/wit/workitems/$Task?api-version=7.1&validateOnly=true#frag';
    expect(redactUrl(url)).toBe(url);
  });

  it('redacts a known secret even in an unusual place, URL-encoded or not', () => {
    const out = redactUrl('https://example.test/hook/' + encodeURIComponent('s3cr3t/+x') + '?x=1', { secrets: ['s3cr3t/+x'] });
    expect(out).not.toContain(encodeURIComponent('s3cr3t/+x'));
    expect(out).toContain(REDACTED);
  });
});

describe('redactBody', () => {
  it('redacts sensitive JSON keys at any depth, in arrays too, and keeps the structure', () => {
    const body = JSON.stringify({
      client_secret: 'cs-123456',
      nested: { password: 'hunter22', list: [{ refresh_token: 'rt-abcdef' }, { title: 'ok' }] },
      fields: { 'System.Title': 'INC0010001: disk full' },
    });
    const out = JSON.parse(redactBody(body, 'application/json'));
    expect(out.client_secret).toBe(REDACTED);
    expect(out.nested.password).toBe(REDACTED);
    expect(out.nested.list[0].refresh_token).toBe(REDACTED);
    expect(out.nested.list[1].title).toBe('ok');
    expect(out.fields['System.Title']).toBe('INC0010001: disk full');
  });

  it('redacts form-encoded OAuth token requests field by field', () => {
    const out = redactBody('grant_type=client_credentials&client_id=abc&client_secret=xyz%2F123&scope=499b84ac', 'application/x-www-form-urlencoded');
    expect(out).toBe('grant_type=client_credentials&client_id=abc&client_secret=' + REDACTED + '&scope=499b84ac');
  });

  it('falls back to text patterns for a truncated JSON body', () => {
    const out = redactBody('{"access_token":"abc.def.ghi123","expires_in":3599,"token_type":"Bea', 'application/json');
    expect(out).not.toContain('abc.def.ghi123');
    expect(out).toContain('expires_in');
  });

  it('redacts JSON nested too deeply to parse safely as text, and does not throw (any caller\'s body reaches the log)', () => {
    const levels = 200000;
    const body = '['.repeat(levels) + '{"password": "hunter22", "note": "' + PAT + '"}' + ']'.repeat(levels);
    let out = '';
    expect(() => (out = redactBody(body, 'application/json', { secrets: ['shared-secret-value'] }))).not.toThrow();
    expect(out).not.toContain('hunter22');
    expect(out).not.toContain(PAT);
    expect(out).toContain('"password": "' + REDACTED + '"');
    expect(out.length).toBeLessThan(body.length);
    // a body cut to the log's length (the hook route keeps 8192 characters) is the same case
    expect(redactBody('{"a":'.repeat(4096), 'application/json')).toBe('{"a":'.repeat(4096));
  });

  it('redacts a PAT that appears bare in free text', () => {
    expect(redactBody('echo: ' + PAT + ' end')).toBe('echo: ' + REDACTED + ' end');
  });
});

describe('redactText', () => {
  it.each([
    ['Authorization: Basic dXNlcjpwYXNzd29yZA==', 'dXNlcjpwYXNzd29yZA=='],
    ['request failed with Bearer abcdef.ghijkl.mnopqr', 'abcdef.ghijkl.mnopqr'],
    ['password=hunter22 for user', 'hunter22'],
    ["{'api_key': 'k-99887766'}", 'k-99887766'],
    ['"signing_key": "sk_live_abcdef"', 'sk_live_abcdef'],
    ['token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.sflKxwRJSMeKKF2QT4fwpM in header', 'eyJhbGciOiJIUzI1NiJ9'],
  ])('removes the secret from %s', (text, secret) => {
    const out = redactText(text);
    expect(out).not.toContain(secret);
    expect(out).toContain(REDACTED);
  });

  it('still finds a key at the end of a long unbroken word (the key pattern is bounded, not unbounded)', () => {
    const out = redactText('a'.repeat(5000) + 'password=hunter22');
    expect(out).not.toContain('hunter22');
    expect(out.endsWith('password=' + REDACTED)).toBe(true);
  });

  it('does not touch ordinary text, sys_ids or incident numbers', () => {
    const text = 'INC0010001 linked to work item 42 (sys_id 9d385017c611228701d22104cc95c371); state New -> Doing';
    expect(redactText(text)).toBe(text);
  });

  it('ignores known secrets too short to be meaningful instead of shredding the text', () => {
    expect(redactText('a b c', { secrets: ['a'] })).toBe('a b c');
  });
});

describe('isSensitiveName', () => {
  it.each(['Authorization', 'password', 'client_secret', 'refresh_token', 'x-api-key', 'Cookie', 'Set-Cookie', 'pat', 'signing_key_signature'])(
    '%s is sensitive',
    (name) => expect(isSensitiveName(name)).toBe(true)
  );
  it.each(['Content-Type', 'api-version', 'System.Title', 'fileName', 'state', 'Accept'])('%s is not', (name) =>
    expect(isSensitiveName(name)).toBe(false)
  );
});
