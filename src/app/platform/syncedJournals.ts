// Which journal fields of an incident a connection mirrors as Azure DevOps comments, from its sync_work_notes and
// sync_comments flags. Shared by the capture rule (does this save add such an entry?) and the sender (which entries
// to send), so both always agree.

import { isTrue } from './booleanField';

export function syncedJournalFields(connection: GlideRecord): string[] {
  var fields: string[] = [];
  if (isTrue(connection.getValue('sync_work_notes'))) fields.push('work_notes');
  if (isTrue(connection.getValue('sync_comments'))) fields.push('comments');
  return fields;
}
