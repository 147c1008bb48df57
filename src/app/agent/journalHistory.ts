// An incident's discussion as an agent reads it: every work note and comment from sys_journal_field (the journal's
// own table, so no entry is cut or merged as in getJournalEntry text), newest first, with the author's user name
// and display name and the time in UTC. Authors are looked up once per user.
import { INCIDENT_TABLE } from '../core/tables';
import { isoUtc } from './utcTime';

export var JOURNAL_FIELDS = ['work_notes', 'comments'];

export interface JournalEntry {
  sys_id: string;
  /** work_notes (internal) or comments (customer visible) */
  type: string;
  text: string;
  created_at: string;
  author: { user_name: string; name: string };
}

function displayNames(): (userName: string) => string {
  var known: { [userName: string]: string } = {};
  return function (userName: string): string {
    if (!userName) return '';
    if (!Object.prototype.hasOwnProperty.call(known, userName)) {
      var user = new GlideRecord('sys_user');
      known[userName] = user.get('user_name', userName) ? user.getValue('name') || userName : userName;
    }
    return known[userName];
  };
}

function entryOf(gr: GlideRecord, nameOf: (userName: string) => string): JournalEntry {
  var userName = gr.getValue('sys_created_by') || '';
  return {
    sys_id: gr.getUniqueValue(),
    type: gr.getValue('element') || '',
    text: gr.getValue('value') || '',
    created_at: isoUtc(gr.getValue('sys_created_on')),
    author: { user_name: userName, name: nameOf(userName) },
  };
}

/** The whole discussion: work notes and comments, newest first. */
export function journalHistory(incidentSysId: string): JournalEntry[] {
  var out: JournalEntry[] = [];
  var gr = new GlideRecord('sys_journal_field');
  gr.addQuery('element_id', incidentSysId);
  gr.addQuery('name', INCIDENT_TABLE);
  gr.addQuery('element', 'IN', JOURNAL_FIELDS.join(','));
  // Newest first; entries of the same second in a fixed (if arbitrary) order, so two reads agree.
  gr.orderByDesc('sys_created_on');
  gr.orderByDesc('sys_id');
  gr.query();
  var nameOf = displayNames();
  while (gr.next()) out.push(entryOf(gr, nameOf));
  return out;
}

/** One entry by its sys_id (the one a request wrote, found by platform/journalWrites.ts), or null for ''. */
export function journalEntry(sysId: string): JournalEntry | null {
  if (!sysId) return null;
  var gr = new GlideRecord('sys_journal_field');
  return gr.get(sysId) ? entryOf(gr, displayNames()) : null;
}
