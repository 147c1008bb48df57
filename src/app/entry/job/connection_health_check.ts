// Scheduled job "Incident Bridge: connection health check" (every 30 minutes).
import ConnectionHealthCheck from '../../reliability/ConnectionHealthCheck';

new ConnectionHealthCheck().checkAll();
