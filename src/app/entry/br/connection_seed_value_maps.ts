// Business rule "Incident Bridge: seed value maps" (after insert on x_incb_bridge_connection).
import ValueMapSeeder from '../../azure-devops/ValueMapSeeder';

declare var current: GlideRecord;

new ValueMapSeeder().seedNewConnection(current);
