// The journal entry a save wrote. Setting a journal field (work_notes, comments) makes the platform insert a
// sys_journal_field row inside the save, and no API returns that row's sys_id. Entries are stamped to the second, so
// "the newest entry of the field" (or the newest with the same text) is any entry of that second: another person's,
// another request's, or the same words written twice, and which one a query returns first is arbitrary.
//
// So the writer notes, right before the save, the entries that could be confused with its own: those of the field on
// the record created by the same user (sys_created_by, which the platform stamps with the session's user name)
// since the start of the current second. After the save, its entry is one that was not there before; of those, the
// one with the text it set. Both reads see only that user's entries of that field on that record since that second,
// however long the journal is.
import { nowValue } from './clock';

export interface JournalWrite {
  table: string;
  recordSysId: string;
  element: string;
  text: string;
  /** user_name of the session writing the entry */
  writer: string;
  /** the second the write began ('yyyy-MM-dd HH:mm:ss' UTC) */
  since: string;
  /** sys_ids of the writer's entries of the field on the record since then, before the save */
  before: string[];
}

interface Candidate {
  sysId: string;
  value: string;
}

function candidates(write: JournalWrite): Candidate[] {
  var out: Candidate[] = [];
  var gr = new GlideRecord('sys_journal_field');
  gr.addQuery('element_id', write.recordSysId);
  gr.addQuery('name', write.table);
  gr.addQuery('element', write.element);
  gr.addQuery('sys_created_by', write.writer);
  gr.addQuery('sys_created_on', '>=', write.since);
  gr.orderBy('sys_created_on');
  gr.orderBy('sys_id');
  gr.query();
  while (gr.next()) out.push({ sysId: gr.getUniqueValue(), value: gr.getValue('value') || '' });
  return out;
}

/** Call right before the save that sets `element` to `text` on the record, in the session that saves it. */
export function beforeJournalWrite(table: string, recordSysId: string, element: string, text: string): JournalWrite {
  var write: JournalWrite = { table: table, recordSysId: recordSysId, element: element, text: text, writer: gs.getUserName(), since: nowValue(), before: [] };
  var found = candidates(write);
  for (var i = 0; i < found.length; i++) write.before.push(found[i].sysId);
  return write;
}

/** The sys_id of the entry the save wrote, '' when it wrote none. Among the writer's new entries the one with the
 * text set; when none has it (a business rule of the instance rewrote the text, e.g. to mask a card number), the
 * only new entry, if there is exactly one. Two new entries with the same text can only come from two saves of the
 * same user in the same second with the same words: they are the same in every column but sys_id, and the first is
 * named. */
export function writtenJournalEntry(write: JournalWrite): string {
  var found = candidates(write);
  var fresh: Candidate[] = [];
  for (var i = 0; i < found.length; i++) if (write.before.indexOf(found[i].sysId) < 0) fresh.push(found[i]);
  for (var j = 0; j < fresh.length; j++) if (fresh[j].value === write.text) return fresh[j].sysId;
  return fresh.length === 1 ? fresh[0].sysId : '';
}
