// Script include called by the after insert/update business rule on incident and the after insert rule on
// sys_attachment (table_name=incident). It runs inside the user's transaction, so it only RECORDS what has to be sent
// (one outbox entry per connection and save, plus the event that wakes the dispatcher) and never calls Azure DevOps.
//
// Which connections: active Azure DevOps connections syncing outbound. A linked incident follows its work item
// whatever the trigger says; an incident with an unlinked link (sync stopped by an admin) is left alone; any other
// incident is captured only while it matches the connection's trigger condition (empty: none; invalid: none, logged).
//
// Echo suppression, with the instance's business rules running on every write the app makes (a scoped app may not
// turn them off on incident or sys_attachment):
// - fields are value based: the link's last_fingerprint is the fingerprint of the mapped values last sent to or
//   applied from Azure DevOps; a save of a linked incident whose mapped values fingerprint to exactly that is our own
//   inbound write (or a change back to what Azure DevOps already has) and sends no fields;
// - a journal entry or file the app writes itself (a comment or file from Azure DevOps, the "Linked to" note) is
//   written as the app's own write (platform/ownWrites.ts): its save is not captured for the journal, its file not
//   at all, and an unlinked incident the app creates from a work item matches no trigger. Such entries and files
//   are also recorded on the link (synced_journal_ids, synced_attachment_ids), so no later sync sends them.
import IntegrationLogWriter from '../logging/IntegrationLogWriter';
import { outboundFieldNames } from '../core/fieldMap';
import { fingerprint } from '../core/fingerprint';
import { OutboxPayload } from '../core/outboxPayload';
import { INCIDENT_TABLE } from '../core/tables';
import { mappedValues } from '../platform/mappedValues';
import { isOwnWrite } from '../platform/ownWrites';
import { Link, linksByConnection } from '../model/link';
import { activeConnections, Connection } from '../model/connection';
import { TRACKER_TYPES } from '../connectors/registry';
import { enqueueEntry } from '../queue/outboxEntries';
import { checkTrigger } from './triggerCondition';

/** The connections a ServiceNow change may have to travel through: active tracker connections that sync outbound.
 * One query. */
function outboundConnections(): Connection[] {
  return activeConnections({ types: TRACKER_TYPES, use: 'outbound' });
}

/** Mapped outbound fields that this save changed; on insert, those that have a value. */
function changedMappedFields(current: GlideRecord, inserted: boolean): string[] {
  var changed: string[] = [];
  var names = outboundFieldNames();
  for (var i = 0; i < names.length; i++) {
    var element = current[names[i]];
    if (inserted ? !element.nil() : element.changes()) changed.push(names[i]);
  }
  return changed;
}

/** Whether this save added an entry to one of the connection's synced journals (changes() is true for a journal
 * field while the entry written by this save is being processed, after rules included). */
function journalChanged(current: GlideRecord, journalFields: string[]): boolean {
  for (var i = 0; i < journalFields.length; i++) {
    if (current[journalFields[i]].changes()) return true;
  }
  return false;
}

export default class OutboxCapture {
  captureIncident(current: GlideRecord, previous: GlideRecord | null): void {
    var connections = outboundConnections();
    if (connections.length === 0) return;
    var incidentId = current.getUniqueValue();
    var links = linksByConnection(incidentId);
    var inserted = !previous || current.operation() === 'insert';
    var changed = changedMappedFields(current, inserted);
    var number = current.getValue('number') || '';
    var currentFingerprint: string | null = null;
    var own = isOwnWrite(incidentId);
    for (var i = 0; i < connections.length; i++) {
      var connection = connections[i];
      var link = links[connection.sysId];
      var journal = !own && journalChanged(current, connection.journalFields);
      if (link) {
        if (link.state !== 'linked') continue;
        if (!journal) {
          if (changed.length === 0) continue;
          if (currentFingerprint === null) currentFingerprint = fingerprint(mappedValues(current));
          if (currentFingerprint === link.lastFingerprint) continue;
        }
      } else if (own || !this.triggerMatches(connection, incidentId)) {
        continue;
      }
      var payload: OutboxPayload = { incident: incidentId, number: number, reason: link ? 'update' : 'create', changedFields: changed, journal: journal, attachments: [] };
      enqueueEntry(connection.sysId, payload, INCIDENT_TABLE, incidentId);
    }
  }

  captureAttachment(current: GlideRecord): void {
    if (current.getValue('table_name') !== INCIDENT_TABLE) return;
    var incidentId = current.getValue('table_sys_id') || '';
    // a file the app attached itself (moved in from Azure DevOps): recorded on the link as synced, never sent back
    if (isOwnWrite(incidentId)) return;
    var connections = outboundConnections();
    if (connections.length === 0) return;
    var incident = new GlideRecord(INCIDENT_TABLE);
    if (!incident.get(incidentId)) return;
    var links = linksByConnection(incidentId);
    var attachmentId = current.getUniqueValue();
    for (var i = 0; i < connections.length; i++) {
      var link: Link | undefined = links[connections[i].sysId];
      if (link ? link.state !== 'linked' : !this.triggerMatches(connections[i], incidentId)) continue;
      var payload: OutboxPayload = {
        incident: incidentId,
        number: incident.getValue('number') || '',
        reason: link ? 'attachment' : 'create',
        changedFields: [],
        journal: false,
        attachments: [attachmentId],
      };
      enqueueEntry(connections[i].sysId, payload, 'sys_attachment', attachmentId);
    }
  }

  private triggerMatches(connection: Connection, incidentId: string): boolean {
    var result = checkTrigger(INCIDENT_TABLE, incidentId, connection.trigger);
    if (result === 'invalid') {
      new IntegrationLogWriter().write({
        direction: 'internal',
        outcome: 'skipped',
        connection: connection.sysId,
        incident: incidentId,
        error: 'The trigger condition is not a valid encoded query over incident, so it matches no incident until it is fixed: ' + connection.trigger,
      });
    }
    return result === 'match';
  }
}
