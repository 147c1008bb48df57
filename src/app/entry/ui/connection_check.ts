// UI action "Check connection" on x_incb_bridge_connection (form button; admins): the health check, now.
import ConnectionHealthCheck from '../../reliability/ConnectionHealthCheck';

declare var current: GlideRecord;

var result = new ConnectionHealthCheck().check(current.getUniqueValue());
gs.addInfoMessage('Connection health: ' + result.status + (result.error ? ' - ' + result.error : ''));
