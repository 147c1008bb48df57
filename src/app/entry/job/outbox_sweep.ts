// Scheduled job "Incident Bridge: outbox sweep" (every minute).
import OutboxDispatcher from '../../outbox/OutboxDispatcher';

new OutboxDispatcher().sweep();
