// UI action "Retry" on x_incb_bridge_outbox (form button and list choice; admins; dead or failed entries).
import OutboxAdmin from '../../outbox/OutboxAdmin';

declare var current: GlideRecord;

if (new OutboxAdmin().retry(current)) gs.addInfoMessage('Outbox entry ' + current.getDisplayValue() + ' is queued to be sent again');
