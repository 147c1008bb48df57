// The service hook envelope Azure DevOps POSTs for work item events (resourceVersion 1.0), checked strictly before
// anything is stored: id, eventType, resourceVersion, resource, and the work item id and revision every event must
// name. For workitem.updated the resource is the UPDATE: the work item id is resource.workItemId (Microsoft's own
// sample sends 0 there and names the item in resource.revision.id) and resource.id is the update's number; the other
// events carry the work item itself (resource.id, resource.rev). Glide-free.

export var HOOK_EVENT_TYPES = ['workitem.created', 'workitem.updated', 'workitem.commented', 'workitem.deleted', 'workitem.restored'];

export var RESOURCE_VERSION = '1.0';

/** event_id is a string(80) column; Azure DevOps sends GUIDs. */
var EVENT_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/;
/** Work item ids and revisions are positive 32-bit integers in Azure DevOps. */
var MAX_ID = 2147483647;

export interface HookEnvelope {
  id: string;
  eventType: string;
  resourceVersion: string;
  /** the event's resource, as sent */
  resource: any;
  /** when Azure DevOps raised the event ('' when absent) */
  createdDate: string;
  workItemId: number;
  /** the work item revision the event reports */
  rev: number;
}

export interface EnvelopeProblem {
  message: string;
  detail: string;
}

export interface EnvelopeReading {
  envelope: HookEnvelope | null;
  problem: EnvelopeProblem | null;
}

function isObject(value: any): boolean {
  return value !== null && typeof value === 'object' && Object.prototype.toString.call(value) !== '[object Array]';
}

/** A JSON number that is a whole number from 1 to 2^31 - 1; strings and fractions are not ids. */
export function isPositiveId(value: any): boolean {
  return typeof value === 'number' && value >= 1 && value <= MAX_ID && Math.floor(value) === value;
}

function refused(message: string, detail: string): EnvelopeReading {
  return { envelope: null, problem: { message: message, detail: detail } };
}

function describe(value: any): string {
  if (value === undefined) return 'missing';
  var shown = JSON.stringify(value);
  return shown.length > 60 ? shown.substring(0, 60) + '...' : shown;
}

/** The work item a workitem.updated resource names: workItemId, or revision.id when workItemId is 0 or absent;
 * both given and different is a contradiction. */
function updatedWorkItemId(resource: any): number | EnvelopeProblem {
  var revisionId = isObject(resource.revision) ? resource.revision.id : undefined;
  var direct = resource.workItemId;
  if (direct !== undefined && direct !== 0 && !isPositiveId(direct)) {
    return { message: 'resource.workItemId must be a positive integer', detail: 'resource.workItemId is ' + describe(direct) };
  }
  if (revisionId !== undefined && !isPositiveId(revisionId)) {
    return { message: 'resource.revision.id must be a positive integer', detail: 'resource.revision.id is ' + describe(revisionId) };
  }
  if (isPositiveId(direct) && revisionId !== undefined && direct !== revisionId) {
    return { message: 'resource.workItemId and resource.revision.id name different work items', detail: direct + ' and ' + revisionId };
  }
  if (isPositiveId(direct)) return direct;
  if (revisionId !== undefined) return revisionId;
  return { message: 'A workitem.updated resource must name its work item', detail: 'resource.workItemId is ' + describe(direct) + ' and there is no resource.revision.id' };
}

/** The envelope, or the reason it is refused (a 400 for the caller). `data` is the parsed JSON body. */
export function readEnvelope(data: any): EnvelopeReading {
  if (!isObject(data)) return refused('The body must be a JSON object (an Azure DevOps service hook event)', 'Got ' + describe(data));
  if (typeof data.id !== 'string' || !EVENT_ID.test(data.id)) {
    return refused('"id" must be the event id (a GUID)', 'id is ' + describe(data.id));
  }
  if (typeof data.eventType !== 'string' || data.eventType === '') return refused('"eventType" is required', 'eventType is ' + describe(data.eventType));
  if (HOOK_EVENT_TYPES.indexOf(data.eventType) < 0) {
    return refused('Unsupported event type ' + describe(data.eventType), 'Supported event types: ' + HOOK_EVENT_TYPES.join(', '));
  }
  if (data.resourceVersion !== RESOURCE_VERSION) {
    return refused('Unsupported resourceVersion ' + describe(data.resourceVersion), 'Subscribe with resource version ' + RESOURCE_VERSION);
  }
  var resource = data.resource;
  if (!isObject(resource)) return refused('"resource" must be an object', 'resource is ' + describe(resource));
  var workItemId: number;
  if (data.eventType === 'workitem.updated') {
    var named = updatedWorkItemId(resource);
    if (typeof named !== 'number') return { envelope: null, problem: named };
    workItemId = named;
  } else {
    if (!isPositiveId(resource.id)) return refused('resource.id must be the work item id (a positive integer)', 'resource.id is ' + describe(resource.id));
    workItemId = resource.id;
  }
  if (!isPositiveId(resource.rev)) return refused('resource.rev must be the work item revision (a positive integer)', 'resource.rev is ' + describe(resource.rev));
  if (resource.fields !== undefined && !isObject(resource.fields)) return refused('resource.fields must be an object', 'resource.fields is ' + describe(resource.fields));
  return {
    envelope: {
      id: data.id,
      eventType: data.eventType,
      resourceVersion: data.resourceVersion,
      resource: resource,
      createdDate: typeof data.createdDate === 'string' ? data.createdDate : '',
      workItemId: workItemId,
      rev: resource.rev,
    },
    problem: null,
  };
}
