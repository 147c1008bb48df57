// UI action "Discard" on x_incb_bridge_outbox (form button and list choice; admins; dead or failed entries).
import OutboxAdmin from '../../outbox/OutboxAdmin';

declare var current: GlideRecord;

if (new OutboxAdmin().discard(current)) gs.addInfoMessage('Outbox entry ' + current.getDisplayValue() + ' is discarded: it will not be sent');
