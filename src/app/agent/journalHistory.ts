// An incident's discussion as an agent reads it: every work note and comment from sys_journal_field (the journal's
// own table, so no entry is cut or merged as in getJournalEntry text), newest first, with the author's user name
// and display name and the time in UTC. Authors are looked up once per user.
import { INCIDENT_TABLE } from './incidentLookup';
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

/** The incident's entries of the given journal fields, newest first; at most `limit` (0: all). */
function entries(incidentSysId: string, elements: string[], limit: number): JournalEntry[] {
  var out: JournalEntry[] = [];
  var gr = new GlideRecord('sys_journal_field');
  gr.addQuery('element_id', incidentSysId);
  gr.addQuery('name', INCIDENT_TABLE);
  gr.addQuery('element', 'IN', elements.join(','));
  // Newest first; entries of the same second in a fixed (if arbitrary) order, so two reads agree.
  gr.orderByDesc('sys_created_on');
  gr.orderByDesc('sys_id');
  if (limit > 0) gr.setLimit(limit);
  gr.query();
  var nameOf = displayNames();
  while (gr.next()) {
    var userName = gr.getValue('sys_created_by') || '';
    out.push({
      sys_id: gr.getUniqueValue(),
      type: gr.getValue('element') || '',
      text: gr.getValue('value') || '',
      created_at: isoUtc(gr.getValue('sys_created_on')),
      author: { user_name: userName, name: nameOf(userName) },
    });
  }
  return out;
}

/** The whole discussion: work notes and comments, newest first. */
export function journalHistory(incidentSysId: string): JournalEntry[] {
  return entries(incidentSysId, JOURNAL_FIELDS, 0);
}

/** The newest entry of one journal field (the one a save just wrote), or null. */
export function newestEntry(incidentSysId: string, element: string): JournalEntry | null {
  var found = entries(incidentSysId, [element], 1);
  return found.length ? found[0] : null;
}
