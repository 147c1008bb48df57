// Azure DevOps service hook envelopes, well-formed (for the cases where something else about the request is wrong:
// the secret, the connection, the size) and broken one way each: the id, event type, resource version, resource,
// work item id, revision and fields every event must carry, each missing, of the wrong type or out of range.
// Well-formed envelopes a receiver must ACCEPT (stale revisions, redeliveries, unknown work items) are not here: the
// receiver stores them in the inbox by design and the inbox processor decides; they are not malformed input.
import { AWKWARD_UNICODE, INJECTIONS, longText, randomHex, randomWord } from './fuzz-values';
import { between, pick, Random } from './seeded-random';

export const EVENT_TYPES = ['workitem.created', 'workitem.updated', 'workitem.commented', 'workitem.deleted', 'workitem.restored'];

/** Values that are not a positive 32-bit integer id. */
const NOT_AN_ID: unknown[] = [0, -1, 1.5, 2147483648, 1e20, '12', '', null, true, [], {}, [7], { id: 7 }];

export type Envelope = { [name: string]: any };

function guid(random: Random): string {
  return [randomHex(random, 8), randomHex(random, 4), randomHex(random, 4), randomHex(random, 4), randomHex(random, 12)].join('-');
}

export function validEnvelope(random: Random): Envelope {
  const eventType = pick(random, EVENT_TYPES);
  const workItemId = between(random, 1, 5000);
  const rev = between(random, 1, 40);
  const fields = { 'System.Title': 'Fuzzed ' + randomWord(random), 'System.State': pick(random, ['To Do', 'Doing', 'Done']) };
  const resource =
    eventType === 'workitem.updated'
      ? { id: between(random, 1, 99), workItemId, rev, fields: { 'System.State': { oldValue: 'To Do', newValue: 'Doing' } }, revision: { id: workItemId, rev, fields } }
      : { id: workItemId, rev, fields };
  return { id: guid(random), eventType, publisherId: 'tfs', resourceVersion: '1.0', resource, createdDate: '2026-11-22T09:59:58.6438544Z' };
}

/** A valid envelope with one part broken; `kind` names what. */
export function brokenEnvelope(random: Random): { kind: string; envelope: unknown } {
  const e = validEnvelope(random);
  const updated = e.eventType === 'workitem.updated';
  switch (between(random, 0, 13)) {
    case 0:
      delete e.id;
      return { kind: 'envelope without id', envelope: e };
    case 1:
      e.id = pick<unknown>(random, [42, null, {}, [], true, '', '-' + guid(random), 'a b', pick(random, INJECTIONS), pick(random, AWKWARD_UNICODE), randomHex(random, 81)]);
      return { kind: 'envelope id not an event id', envelope: e };
    case 2:
      if (random() < 0.3) delete e.eventType;
      else e.eventType = pick<unknown>(random, ['', 'workitem.moved', 'WORKITEM.UPDATED', 'git.push', 'workitem.created ', 'ms.vss-work.workitem-updated-event', 'workitem.*', 7, null, ['workitem.created'], pick(random, INJECTIONS)]);
      return { kind: 'wrong event type', envelope: e };
    case 3:
      if (random() < 0.3) delete e.resourceVersion;
      else e.resourceVersion = pick<unknown>(random, ['2.0', '1.0-preview.1', 1, '', null, '1']);
      return { kind: 'unsupported resource version', envelope: e };
    case 4:
      if (random() < 0.3) delete e.resource;
      else e.resource = pick<unknown>(random, [null, 'resource', 7, [], [e.resource], true]);
      return { kind: 'resource missing or not an object', envelope: e };
    case 5:
      if (updated) e.resource.workItemId = pick(random, NOT_AN_ID.filter((v) => v !== 0));
      else if (random() < 0.2) delete e.resource.id;
      else e.resource.id = pick(random, NOT_AN_ID);
      return { kind: 'work item id not a positive integer', envelope: e };
    case 6:
      if (random() < 0.2) delete e.resource.rev;
      else e.resource.rev = pick(random, NOT_AN_ID);
      return { kind: 'revision not a positive integer', envelope: e };
    case 7:
      e.resource.fields = pick<unknown>(random, ['System.Title', 7, [], [{ 'System.Title': 'x' }], null, true]);
      return { kind: 'fields not an object', envelope: e };
    case 8:
      if (!updated) return brokenEnvelope(random);
      e.resource.revision.id = e.resource.workItemId + between(random, 1, 100);
      return { kind: 'updated event naming two work items', envelope: e };
    case 9:
      if (!updated) return brokenEnvelope(random);
      e.resource.workItemId = 0;
      delete e.resource.revision;
      return { kind: 'updated event naming no work item', envelope: e };
    case 10:
      if (!updated) return brokenEnvelope(random);
      e.resource.revision = { id: pick(random, NOT_AN_ID), rev: 1 };
      delete e.resource.workItemId;
      return { kind: 'updated event with a bad revision id', envelope: e };
    case 11:
      e.eventType = pick(random, EVENT_TYPES);
      e.resource = { fields: e.resource.fields || {} };
      return { kind: 'resource without id and revision', envelope: e };
    case 12:
      return { kind: 'event id too long', envelope: { ...e, id: 'a' + longText(random, between(random, 80, 400)).replace(/[^A-Za-z0-9]/g, 'b') } };
    default:
      return { kind: 'envelope of an unrelated service hook', envelope: { id: guid(random), eventType: 'build.complete', resourceVersion: '1.0', resource: { id: 7, rev: 1, buildNumber: '2026.1' } } };
  }
}
