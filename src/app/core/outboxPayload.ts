// What an outbox entry asks the sender to do. Values are deliberately absent: the sender reads the incident when it
// sends, so entries coalesced from a burst of saves go out once with the latest values.
import { parseJsonOrNull } from './jsonNesting';

export type OutboxReason = 'create' | 'update' | 'attachment';

export interface OutboxPayload {
  /** incident sys_id */
  incident: string;
  /** incident number, for log lines */
  number: string;
  reason: OutboxReason;
  /** incident fields (FIELD_MAP `sn` names) that changed */
  changedFields: string[];
  /** the connection's journal received an entry */
  journal: boolean;
  /** sys_attachment sys_ids added */
  attachments: string[];
}

function appendMissing(target: string[], items: string[]) {
  for (var i = 0; i < items.length; i++) {
    if (target.indexOf(items[i]) < 0) target.push(items[i]);
  }
}

/** One payload for entries given in sequence order: field and attachment unions in first-seen order, journal if any
 * entry had one, 'create' if any entry was a create (the work item may not exist yet), else 'update' if any, else
 * 'attachment'. Incident and number are the latest entry's. */
export function coalesce(payloads: OutboxPayload[]): OutboxPayload {
  if (payloads.length === 0) throw new Error('coalesce: no payloads');
  var last = payloads[payloads.length - 1];
  var result: OutboxPayload = { incident: last.incident, number: last.number, reason: 'attachment', changedFields: [], journal: false, attachments: [] };
  for (var i = 0; i < payloads.length; i++) {
    var p = payloads[i];
    if (p.reason === 'create') result.reason = 'create';
    else if (p.reason === 'update' && result.reason !== 'create') result.reason = 'update';
    appendMissing(result.changedFields, p.changedFields);
    appendMissing(result.attachments, p.attachments);
    result.journal = result.journal || p.journal;
  }
  return result;
}

function isStringArray(value: any): boolean {
  if (Object.prototype.toString.call(value) !== '[object Array]') return false;
  for (var i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'string') return false;
  }
  return true;
}

/** The payload stored in an outbox row, or null when the text is not one (corrupt or hand-edited rows must fail
 * their entry, not the dispatcher). Absent lists and flags read as empty. */
export function parsePayload(text: string): OutboxPayload | null {
  var data = parseJsonOrNull(text);
  if (data === null || typeof data !== 'object' || Object.prototype.toString.call(data) === '[object Array]') return null;
  if (typeof data.incident !== 'string' || data.incident === '') return null;
  if (data.reason !== 'create' && data.reason !== 'update' && data.reason !== 'attachment') return null;
  var number = data.number === undefined ? '' : data.number;
  var changedFields = data.changedFields === undefined ? [] : data.changedFields;
  var journal = data.journal === undefined ? false : data.journal;
  var attachments = data.attachments === undefined ? [] : data.attachments;
  if (typeof number !== 'string' || typeof journal !== 'boolean' || !isStringArray(changedFields) || !isStringArray(attachments)) return null;
  return { incident: data.incident, number: number, reason: data.reason, changedFields: changedFields.slice(0), journal: journal, attachments: attachments.slice(0) };
}
