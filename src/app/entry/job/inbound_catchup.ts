// Scheduled job "Incident Bridge: inbound catch-up" (every 15 minutes): inbox rows an event missed or that wait for
// a retry first, then the poll for changes the service hooks did not deliver.
import AzureDevOpsCatchUp from '../../inbound/AzureDevOpsCatchUp';
import InboxProcessor from '../../inbound/InboxProcessor';

new InboxProcessor().sweep();
new AzureDevOpsCatchUp().pollAll();
