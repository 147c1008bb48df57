// Scheduled job "Incident Bridge: retention" (hourly).
import RetentionPurge from '../../reliability/RetentionPurge';

new RetentionPurge().purge();
