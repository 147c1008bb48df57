// The pure parts of the push: reading stored payloads, combining a burst into one delivery, and Base64 to hex (the
// MAC's encoding change), checked against Node's Buffer.
import crypto from 'node:crypto';
import { coalescePush, parsePushPayload, PushEntryPayload } from '../../../src/app/push/pushPayload';
import { base64ToHex, signedText } from '../../../src/app/push/pushSignature';

const entry = (event: string, name = 'Critical', at = '2026-11-22T10:00:00Z'): PushEntryPayload =>
  ({ reason: 'push', incident: 'a'.repeat(32), number: 'INC0010001', event, plan: { sys_id: 'p'.repeat(32), name, autonomy: 'autonomous' }, occurred_at: at }) as PushEntryPayload;

test('a stored push payload reads back; anything else is null', () => {
  expect(parsePushPayload(JSON.stringify(entry('incident.updated')))).toEqual(entry('incident.updated'));
  for (const bad of ['', 'null', '[]', '{"reason":"push","x":' + '['.repeat(200000) + ']'.repeat(200000) + '}', '{"reason":"update","incident":"x"}', JSON.stringify({ ...entry('incident.updated'), event: 'incident.deleted' }), JSON.stringify({ ...entry('incident.updated'), plan: null }), JSON.stringify({ ...entry('incident.updated'), incident: '' })]) {
    expect(parsePushPayload(bad)).toBeNull();
  }
});

test('a burst is one delivery: the latest plan and time, the latest event unless a matched is pending', () => {
  expect(coalescePush([entry('incident.updated', 'A', 't1'), entry('incident.resolved', 'B', 't2')])).toMatchObject({ event: 'incident.resolved', plan: { name: 'B' }, occurred_at: 't2' });
  expect(coalescePush([entry('incident.matched'), entry('incident.updated'), entry('incident.resolved')]).event).toBe('incident.matched');
  expect(coalescePush([entry('incident.resolved'), entry('incident.updated')]).event).toBe('incident.updated');
  expect(() => coalescePush([])).toThrow();
});

test('Base64 to hex matches Buffer for every padding length and for a real HMAC', () => {
  for (const bytes of [[], [0], [255, 1], [1, 2, 3], [0, 16, 255, 128]]) {
    const buffer = Buffer.from(bytes);
    expect(base64ToHex(buffer.toString('base64'))).toBe(buffer.toString('hex'));
  }
  const mac = crypto.createHmac('sha256', 'k').update('1764000000.{}').digest();
  expect(base64ToHex(mac.toString('base64'))).toBe(mac.toString('hex'));
  expect(() => base64ToHex('ab$d')).toThrow();
  expect(signedText('1764000000', '{"a":1}')).toBe('1764000000.{"a":1}');
});
