// The in-process transport to the Azure DevOps fake (test/support/adoFakeTransport.ts) hands binary bodies on as the
// sandbox's transports do: the raw bytes in bodyBase64 beside their UTF-8 reading, so an attachment download whose
// bytes are not valid UTF-8 reaches RESTMessageV2 unchanged.
import { AdoFake, DEFAULT_FAKE_USER, startAdoFake } from '@incb/ado-fake';
import { adoFakeTransport } from '../../support/adoFakeTransport';

let fake: AdoFake;
beforeAll(async () => {
  fake = await startAdoFake();
});
afterAll(() => fake.stop());

const auth = { Authorization: 'Basic ' + Buffer.from(':' + DEFAULT_FAKE_USER.pat).toString('base64') };

test('an attachment with non-UTF-8 bytes downloads byte for byte in bodyBase64', () => {
  const transport = adoFakeTransport(fake);
  const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00, 0x80, 0xc3, 0x28]);
  const upload = transport.send({
    method: 'POST',
    url: `${fake.organizationUrl}/${fake.project}/_apis/wit/attachments?fileName=blob.bin&api-version=7.1`,
    headers: { ...auth, 'Content-Type': 'application/octet-stream' },
    body: '',
    bodyBase64: bytes.toString('base64'),
  });
  expect(upload.status).toBe(201);
  const { url } = JSON.parse(upload.body) as { url: string };
  const download = transport.send({ method: 'GET', url: `${url}&api-version=7.1`, headers: auth, body: '' });
  expect(download.status).toBe(200);
  expect(download.bodyBase64).toBeDefined();
  expect(Buffer.from(download.bodyBase64!, 'base64').equals(bytes)).toBe(true);
  // the text reading is lossy (U+FFFD), which is why bodyBase64 must be the one stored
  expect(Buffer.from(download.body, 'utf8').equals(bytes)).toBe(false);
});

test('a JSON answer comes as text without bodyBase64', () => {
  const transport = adoFakeTransport(fake);
  const answer = transport.send({ method: 'GET', url: `${fake.organizationUrl}/${fake.project}/_apis/wit/workitems/1?api-version=7.1`, headers: auth, body: '' });
  expect(answer.status).toBe(404);
  expect(answer.bodyBase64).toBeUndefined();
  expect(JSON.parse(answer.body).message).toEqual(expect.any(String));
});
