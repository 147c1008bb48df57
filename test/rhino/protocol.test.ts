// The job protocol in Rhino: whatever a script does comes back as a result and the engine keeps serving.
import { describeInRhino, runInRhino } from './rhinoClient';

describeInRhino('Rhino job protocol', () => {
  test('a thrown error comes back with its name and message', async () => {
    const result = await runInRhino({ code: "throw new RangeError('out of range');" });
    expect(result).toMatchObject({ ok: false, error: { name: 'RangeError', message: 'out of range' } });
  });

  // Rhino 1.7.14 fills `stack` for Error and for errors the engine raises, not for `new TypeError(...)` and kin.
  test('a thrown Error comes back with a stack naming the line', async () => {
    const result = await runInRhino({ code: "\nfunction fail() {\n  throw new Error('failed');\n}\nfail();" });
    expect(result).toMatchObject({ ok: false, error: { name: 'Error', message: 'failed' } });
    expect(result.error!.stack).toMatch(/:3 \(fail\)/);
  });

  test('a thrown non-Error value comes back as its string form', async () => {
    const result = await runInRhino({ code: "throw 'plain string';" });
    expect(result).toMatchObject({ ok: false, error: { message: 'plain string' } });
  });

  test('a runtime error raised by the engine (not by `throw`) comes back as an error', async () => {
    const result = await runInRhino({ code: 'var x = null; return x.property;' });
    expect(result).toMatchObject({ ok: false, error: { name: 'TypeError' } });
  });

  test('a syntax error in the job code comes back as an error', async () => {
    const result = await runInRhino({ code: 'return (;' });
    expect(result.ok).toBe(false);
  });

  test('a value that JSON cannot carry is reported, not lost', async () => {
    const result = await runInRhino({ code: 'var o = {}; o.self = o; return o;' });
    expect(result.ok).toBe(false);
    expect(result.error!.message).toMatch(/not JSON-serializable/);
  });

  test('print goes to the result logs, never to the protocol stream', async () => {
    const result = await runInRhino({ code: "print('hello', 42, '{\"id\":1}'); return 'done';" });
    expect(result).toMatchObject({ ok: true, value: 'done', logs: [{ level: 'print', message: 'hello 42 {"id":1}' }] });
  });

  test('non-ASCII text survives the round trip', async () => {
    const text = 'Zürich – 東京 – 🚀';
    expect(await runInRhino({ code: `return ${JSON.stringify(text)} + '|' + ${JSON.stringify(text)}.length;` })).toMatchObject({
      ok: true,
      value: `${text}|${text.length}`,
    });
  });

  test('runFile refuses paths outside dist/', async () => {
    const result = await runInRhino({ code: "return runFile('dist/../package.json', {});" });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/under dist\//) } });
  });
});
