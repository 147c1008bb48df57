// The connection types the app knows, by the value of a connection's `type` column, and their connectors: the one
// file that lists them (docs/connectors.md). `connectorFor(type)` is the registry the engine will ask (steps 9 and 10
// of docs/engine-plan.md; nothing calls it yet).
//
// TRACKER_TYPES (the capture's outbound query, the agent API's deprecated per-type keys) is derived from TYPES, the
// list below of each type and the parts its connector has, not from the connector objects: the capture and the agent
// API import it, and reading it from the objects would bundle both connectors (and what they import) into those
// script includes. (Their include names must not appear here either: the bundle carries this comment, and the
// emulator, like a reader, takes a name in an include's text for a reference to that include, which made the two
// refer to each other.) test/unit/connectors/registry.test.ts holds TYPES equal to the connectors' parts.
import { AZURE_DEVOPS_TYPE } from '../azure-devops/AzureDevOpsConnection';
import { WEBHOOK_TYPE } from '../push/webhookConnection';
import { Connector, ConnectorRegistry } from '../sync/connectorPort';
import { AzureDevOpsConnector } from './azure-devops/AzureDevOpsConnector';
import { WebhookConnector } from './webhook/WebhookConnector';

export type ConnectorPart = 'tracker' | 'push' | 'inbound' | 'changes' | 'probe';

/** Each connection type and the parts its connector implements today. */
export var TYPES: Array<{ type: string; parts: ConnectorPart[] }> = [
  { type: AZURE_DEVOPS_TYPE, parts: ['tracker'] },
  { type: WEBHOOK_TYPE, parts: ['push'] },
];

function typesWith(part: ConnectorPart): string[] {
  var types: string[] = [];
  for (var i = 0; i < TYPES.length; i++) if (TYPES[i].parts.indexOf(part) >= 0) types.push(TYPES[i].type);
  return types;
}

/** Types whose connections keep one remote record per incident (the outbox creates and updates it, the link names
 * it); a webhook connection only receives events. */
export var TRACKER_TYPES = typesWith('tracker');

/** The connector of a connection type, or null for a type the app does not know (a configuration problem of that
 * connection, never an exception). */
export function connectorFor(type: string): Connector<any> | null {
  if (type === AZURE_DEVOPS_TYPE) return AzureDevOpsConnector;
  if (type === WEBHOOK_TYPE) return WebhookConnector;
  return null;
}

export var registry: ConnectorRegistry = {
  connector: connectorFor,
  types: function () {
    var types: string[] = [];
    for (var i = 0; i < TYPES.length; i++) types.push(TYPES[i].type);
    return types;
  },
};
