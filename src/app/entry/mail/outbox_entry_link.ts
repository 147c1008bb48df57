// Mail script "Incident Bridge outbox entry link": the dead-letter notification's link to the outbox entry, where an
// admin retries or discards it.
import { escapeHtml } from '../../core/html';
import { OUTBOX_TABLE } from '../../core/tables';
import { recordUrl } from '../../platform/instanceUrl';

declare var current: GlideRecord;
declare var template: { print(text: string): void };

var url = recordUrl(OUTBOX_TABLE, current.getUniqueValue());
template.print('<a href="' + escapeHtml(url) + '">' + escapeHtml(url) + '</a>');
