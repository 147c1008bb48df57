// The Azure DevOps comment an incident journal entry becomes: who wrote what and when, the text escaped so it shows
// exactly as typed.
import { escapeHtml, textToHtml } from './html';

export interface JournalEntryForComment {
  /** 'work_notes' or 'comments' */
  element: string;
  value: string;
  authorName: string;
  /** 'yyyy-MM-dd HH:mm:ss', UTC */
  createdOn: string;
}

var LABELS: { [element: string]: string } = { work_notes: 'Work note', comments: 'Comment' };

/** `<p><b>Work note</b> by Name (2026-11-22 10:00:00 UTC):</p><p>text<br>more</p>` */
export function journalCommentHtml(entry: JournalEntryForComment): string {
  var label = Object.prototype.hasOwnProperty.call(LABELS, entry.element) ? LABELS[entry.element] : escapeHtml(entry.element);
  var header = '<b>' + label + '</b>';
  if (entry.authorName) header += ' by ' + escapeHtml(entry.authorName);
  if (entry.createdOn) header += ' (' + escapeHtml(entry.createdOn) + ' UTC)';
  return '<p>' + header + ':</p><p>' + textToHtml(entry.value) + '</p>';
}
