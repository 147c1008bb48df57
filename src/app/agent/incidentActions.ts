// What an agent does to an incident: post a work note or comment, acknowledge, change the priority, resolve. Each
// validates the body and the incident's state FIRST and only then writes, in one update, so an error leaves the
// incident untouched. The writes run as the calling user (journal entries carry the agent's name) and go through
// the instance's business rules like any save: the priority lookup, the resolution stamps, our own capture rules.
import { ApiError, apiError, badRequest, conflict } from './apiError';
import { FieldValue, fieldValue } from './incidentSummary';
import { JournalEntry, journalEntry } from './journalHistory';
import { INCIDENT_TABLE } from '../core/tables';
import { impactUrgencyFor } from '../core/priorityLookup';
import { unknownFields } from './requestBody';
import { isoUtc } from './utcTime';
import { incidentCloseCodes } from '../platform/closeCodes';
import { beforeJournalWrite, writtenJournalEntry } from '../platform/journalWrites';

var NEW = '1';
var IN_PROGRESS = '2';
var RESOLVED = '6';
/** Resolved, Closed, Canceled: the incident's work is over */
var ENDED_STATES = [RESOLVED, '7', '8'];
/** longest note, reason or comment accepted (a journal entry is meant to be read) */
var MAX_TEXT = 32000;
/** close_notes column length: longer text would be cut by the database */
var MAX_CLOSE_NOTES = 4000;

export interface ActionResult {
  status?: number;
  body?: any;
  error?: ApiError;
}

interface Reference {
  sys_id: string;
  number: string;
}

function referenceOf(record: GlideRecord): Reference {
  return { sys_id: record.getUniqueValue(), number: record.getValue('number') || '' };
}

/** A required text field: a string with something other than white space, at most `max` characters. */
function requiredText(body: any, name: string, max: number): { value: string; error?: ApiError } {
  var value = body[name];
  if (typeof value !== 'string' || /^\s*$/.test(value)) return { value: '', error: badRequest('"' + name + '" is required: a non-empty string') };
  if (value.length > max) return { value: '', error: badRequest('"' + name + '" is too long', 'At most ' + max + ' characters') };
  return { value: value };
}

function rejectUnknown(body: any, allowed: string[]): ApiError | null {
  var unknown = unknownFields(body, allowed);
  return unknown.length ? badRequest('Unknown field "' + unknown[0] + '"', 'Known fields: ' + allowed.join(', ')) : null;
}

function endedConflict(record: GlideRecord, action: string): ApiError | null {
  var state = record.getValue('state') || '';
  if (ENDED_STATES.indexOf(state) < 0) return null;
  return conflict('Incident ' + record.getValue('number') + ' is ' + record.getDisplayValue('state') + ': it cannot be ' + action, 'Only incidents that are not Resolved, Closed or Canceled can be ' + action);
}

/** Saves the record; a save a business rule aborted changed nothing and is reported as a conflict. */
function save(record: GlideRecord): ApiError | null {
  if (record.update()) return null;
  return apiError(409, 'The instance refused to save incident ' + record.getValue('number'), 'A business rule or data policy of the instance aborted the update');
}

function agentName(): string {
  return gs.getUserDisplayName() || gs.getUserName();
}

interface NoteSaved {
  /** the entry the save wrote, null when the instance stored none */
  entry: JournalEntry | null;
  error?: ApiError;
}

/** Sets the journal field `element` to `text` (with whatever else the caller set) and saves; answers the entry this
 * save wrote, found exactly (platform/journalWrites.ts), never "the newest entry", which may be another writer's of
 * the same second. */
function saveWithNote(record: GlideRecord, element: string, text: string): NoteSaved {
  var write = beforeJournalWrite(INCIDENT_TABLE, record.getUniqueValue(), element, text);
  record.setValue(element, text);
  var refused = save(record);
  if (refused) return { entry: null, error: refused };
  return { entry: journalEntry(writtenJournalEntry(write)) };
}

/** POST /incidents/{id}/work_notes {"text", "visibility": "work_notes" (default) | "comments"} -> 201 with the entry
 * this request wrote. */
export function addNote(record: GlideRecord, body: any): ActionResult {
  var unknown = rejectUnknown(body, ['text', 'visibility']);
  if (unknown) return { error: unknown };
  var text = requiredText(body, 'text', MAX_TEXT);
  if (text.error) return { error: text.error };
  var visibility = body.visibility === undefined ? 'work_notes' : body.visibility;
  if (visibility !== 'work_notes' && visibility !== 'comments') {
    return { error: badRequest('"visibility" must be "work_notes" (internal) or "comments" (customer visible)') };
  }
  var saved = saveWithNote(record, visibility, text.value);
  if (saved.error) return { error: saved.error };
  if (!saved.entry) {
    // The save went through without the entry: a business rule of the instance emptied the field. The agent must not
    // be told its note is there.
    return { error: apiError(409, 'The instance did not store the ' + (visibility === 'comments' ? 'comment' : 'work note') + ' on incident ' + record.getValue('number'), 'A business rule or data policy of the instance removed the text before it was stored') };
  }
  return { status: 201, body: { incident: referenceOf(record), entry: saved.entry } };
}

export interface AcknowledgeBody extends Reference {
  changed: boolean;
  state: FieldValue;
  assigned_to: FieldValue;
  /** the work note this request wrote, null when it wrote none */
  entry: JournalEntry | null;
}

/** POST /incidents/{id}/acknowledge {"note"?}: New -> In Progress, assigned to the caller when unassigned, with a work
 * note. An incident already past New keeps its state and assignee (changed: false), so acknowledging twice is
 * harmless; a note given again is still the agent's word and is written, saying the incident was acknowledged
 * already. */
export function acknowledge(record: GlideRecord, body: any): ActionResult {
  var unknown = rejectUnknown(body, ['note']);
  if (unknown) return { error: unknown };
  var note = '';
  if (body.note !== undefined) {
    if (typeof body.note !== 'string' || body.note.length > MAX_TEXT) return { error: badRequest('"note" must be a string of at most ' + MAX_TEXT + ' characters') };
    note = body.note;
  }
  var ended = endedConflict(record, 'acknowledged');
  if (ended) return { error: ended };
  var changed = record.getValue('state') === NEW;
  var hasNote = !/^\s*$/.test(note);
  var entry: JournalEntry | null = null;
  var text = '';
  if (changed) {
    record.setValue('state', IN_PROGRESS);
    if (!record.getValue('assigned_to')) record.setValue('assigned_to', gs.getUserID());
    text = 'Acknowledged by ' + agentName() + ' through Incident Bridge.' + (hasNote ? '\n\n' + note : '');
  } else if (hasNote) {
    text = 'Acknowledged again by ' + agentName() + ' through Incident Bridge (the incident is ' + record.getDisplayValue('state') + ' already).\n\n' + note;
  }
  if (text) {
    var saved = saveWithNote(record, 'work_notes', text);
    if (saved.error) return { error: saved.error };
    entry = saved.entry;
  }
  var result: AcknowledgeBody = {
    sys_id: record.getUniqueValue(),
    number: record.getValue('number') || '',
    changed: changed,
    state: fieldValue(record, 'state'),
    assigned_to: fieldValue(record, 'assigned_to'),
    entry: entry,
  };
  return { status: 200, body: result };
}

/** The priority asked for, as '1'..'5' (a JSON number or a numeric string), or null. */
function requestedPriority(value: any): string | null {
  var text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  return /^[1-5]$/.test(text) ? text : null;
}

/** POST /incidents/{id}/priority {"priority": 1..5, "reason"}: impact and urgency per the priority lookup (and the
 * priority itself, for instances without the lookup rule); the reason becomes a work note naming both priorities by
 * the instance's labels. When the incident already has that priority from that impact and urgency nothing changes
 * (changed: false), but the reason is still the agent's word and is written. */
export function setPriority(record: GlideRecord, body: any): ActionResult {
  var unknown = rejectUnknown(body, ['priority', 'reason']);
  if (unknown) return { error: unknown };
  var priority = requestedPriority(body.priority);
  if (priority === null) return { error: badRequest('"priority" must be a whole number from 1 (Critical) to 5 (Planning)') };
  var reason = requiredText(body, 'reason', MAX_TEXT);
  if (reason.error) return { error: reason.error };
  var ended = endedConflict(record, 'reprioritized');
  if (ended) return { error: ended };
  var pair = impactUrgencyFor(priority)!;
  var changed = record.getValue('priority') !== priority || record.getValue('impact') !== pair.impact || record.getValue('urgency') !== pair.urgency;
  var before = record.getDisplayValue('priority');
  var text: string;
  if (changed) {
    record.setValue('impact', pair.impact);
    record.setValue('urgency', pair.urgency);
    record.setValue('priority', priority);
    // The display value of the value just set: the instance's own label for it (choice list, session language).
    text = 'Priority changed from ' + before + ' to ' + record.getDisplayValue('priority') + ' by ' + agentName() + ' through Incident Bridge.';
  } else {
    text = 'Priority kept at ' + before + ' by ' + agentName() + ' through Incident Bridge (it had that priority already).';
  }
  var saved = saveWithNote(record, 'work_notes', text + '\n\nReason: ' + reason.value);
  if (saved.error) return { error: saved.error };
  return {
    status: 200,
    body: {
      sys_id: record.getUniqueValue(),
      number: record.getValue('number') || '',
      changed: changed,
      requested_priority: parseInt(priority, 10),
      priority: fieldValue(record, 'priority'),
      impact: fieldValue(record, 'impact'),
      urgency: fieldValue(record, 'urgency'),
      entry: saved.entry,
    },
  };
}

/** POST /incidents/{id}/resolve {"close_code", "close_notes"}: state Resolved with the instance's own close code. */
export function resolve(record: GlideRecord, body: any): ActionResult {
  var unknown = rejectUnknown(body, ['close_code', 'close_notes']);
  if (unknown) return { error: unknown };
  var code = requiredText(body, 'close_code', 40);
  if (code.error) return { error: code.error };
  var codes = incidentCloseCodes();
  if (codes.indexOf(code.value) < 0) {
    return { error: badRequest('"close_code" is not a resolution code of this instance: ' + code.value, 'Resolution codes: ' + codes.join(', ')) };
  }
  var notes = requiredText(body, 'close_notes', MAX_CLOSE_NOTES);
  if (notes.error) return { error: notes.error };
  var ended = endedConflict(record, 'resolved');
  if (ended) return { error: ended };
  record.setValue('state', RESOLVED);
  record.setValue('close_code', code.value);
  record.setValue('close_notes', notes.value);
  var refused = save(record);
  if (refused) return { error: refused };
  return {
    status: 200,
    body: {
      sys_id: record.getUniqueValue(),
      number: record.getValue('number') || '',
      state: fieldValue(record, 'state'),
      // value and the instance's label, like state: a custom or translated code reads as the form shows it
      close_code: fieldValue(record, 'close_code'),
      close_notes: record.getValue('close_notes') || '',
      resolved_at: isoUtc(record.getValue('resolved_at')),
    },
  };
}
