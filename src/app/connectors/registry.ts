// The connection types the app knows, by the value of a connection's `type` column: the one list a new connector is
// added to (docs/connectors.md). Today it says which types are trackers, whose connections keep one remote record per
// incident (the outbox creates and updates it, the link names it); a webhook connection only receives events. Step 8
// of docs/engine-plan.md grows it into the registry of connectors behind the port.
import { AZURE_DEVOPS_TYPE } from '../azure-devops/AzureDevOpsConnection';

export var TRACKER_TYPES = [AZURE_DEVOPS_TYPE];
