// One script include per entry of src/app/includes.json: this file is the one place the Fluent side lists them
// (Fluent is static, so it cannot loop over the JSON). test/unit/loader checks that the built app has exactly the
// includes of includes.json, each with the text rollup built in dist/es5/includes/<Name>.js.
// Accessible from this scope only: nothing outside Incident Bridge is meant to call them.
import { ScriptInclude } from '@servicenow/sdk/core'

ScriptInclude({
    $id: Now.ID['script-include-IntegrationLogWriter'],
    name: 'IntegrationLogWriter',
    apiName: 'x_incb_bridge.IntegrationLogWriter',
    accessibleFrom: 'package_private',
    active: true,
    description: 'Writes the integration log (x_incb_bridge_log): redacts credentials, truncates bodies.',
    script: Now.include('../../dist/es5/includes/IntegrationLogWriter.js'),
})

ScriptInclude({
    $id: Now.ID['script-include-HealthApi'],
    name: 'HealthApi',
    apiName: 'x_incb_bridge.HealthApi',
    accessibleFrom: 'package_private',
    active: true,
    description: 'Handler of GET /api/x_incb_bridge/v1/health: app version and the health of each connection.',
    script: Now.include('../../dist/es5/includes/HealthApi.js'),
})

ScriptInclude({
    $id: Now.ID['script-include-OutboxCapture'],
    name: 'OutboxCapture',
    apiName: 'x_incb_bridge.OutboxCapture',
    accessibleFrom: 'package_private',
    active: true,
    description: 'Called by the incident and attachment capture rules: records outbound changes as outbox entries (no HTTP).',
    script: Now.include('../../dist/es5/includes/OutboxCapture.js'),
})

ScriptInclude({
    $id: Now.ID['script-include-AzureDevOpsSync'],
    name: 'AzureDevOpsSync',
    apiName: 'x_incb_bridge.AzureDevOpsSync',
    accessibleFrom: 'package_private',
    active: true,
    description: 'Sends an incident\'s changes to its Azure DevOps work item (create or update, comments, attachments, write-back) and builds dry runs.',
    script: Now.include('../../dist/es5/includes/AzureDevOpsSync.js'),
})

ScriptInclude({
    $id: Now.ID['script-include-ValueMapSeeder'],
    name: 'ValueMapSeeder',
    apiName: 'x_incb_bridge.ValueMapSeeder',
    accessibleFrom: 'package_private',
    active: true,
    description: 'Seeds a connection\'s value maps from its preset (Basic, Agile or custom process); called by the connection insert rule or by an admin.',
    script: Now.include('../../dist/es5/includes/ValueMapSeeder.js'),
})

ScriptInclude({
    $id: Now.ID['script-include-DryRunApi'],
    name: 'DryRunApi',
    apiName: 'x_incb_bridge.DryRunApi',
    accessibleFrom: 'package_private',
    active: true,
    description: 'Handler of POST /api/x_incb_bridge/v1/admin/dry-run: the requests a sync of one incident would send, without sending them.',
    script: Now.include('../../dist/es5/includes/DryRunApi.js'),
})

ScriptInclude({
    $id: Now.ID['script-include-OutboxDispatcher'],
    name: 'OutboxDispatcher',
    apiName: 'x_incb_bridge.OutboxDispatcher',
    accessibleFrom: 'package_private',
    active: true,
    description: 'Delivers outbox entries (event script action and the every-minute sweep): claim, coalesce, sync, mark, retry with backoff.',
    script: Now.include('../../dist/es5/includes/OutboxDispatcher.js'),
})

ScriptInclude({
    $id: Now.ID['script-include-AgentApi'],
    name: 'AgentApi',
    apiName: 'x_incb_bridge.AgentApi',
    accessibleFrom: 'package_private',
    active: true,
    description: 'Handlers of the agent API (/api/x_incb_bridge/v1/agent/...): list and read incidents, post notes, acknowledge, set priority, resolve, health.',
    script: Now.include('../../dist/es5/includes/AgentApi.js'),
})

ScriptInclude({
    $id: Now.ID['script-include-PushCapture'],
    name: 'PushCapture',
    apiName: 'x_incb_bridge.PushCapture',
    accessibleFrom: 'package_private',
    active: true,
    description: 'Called by the incident push rule: records response-plan events (matched, updated, resolved) for target webhooks as outbox entries (no HTTP).',
    script: Now.include('../../dist/es5/includes/PushCapture.js'),
})

ScriptInclude({
    $id: Now.ID['script-include-PushSender'],
    name: 'PushSender',
    apiName: 'x_incb_bridge.PushSender',
    accessibleFrom: 'package_private',
    active: true,
    description: 'Sends claimed push entries to a webhook connection as one JSON POST signed with HMAC-SHA256 (called by the outbox dispatcher).',
    script: Now.include('../../dist/es5/includes/PushSender.js'),
})

ScriptInclude({
    $id: Now.ID['script-include-AzureDevOpsHookReceiver'],
    name: 'AzureDevOpsHookReceiver',
    apiName: 'x_incb_bridge.AzureDevOpsHookReceiver',
    accessibleFrom: 'package_private',
    active: true,
    description: 'Handler of POST /api/x_incb_bridge/v1/hooks/azure-devops/{connection}: checks an Azure DevOps service hook event and stores it in the inbox.',
    script: Now.include('../../dist/es5/includes/AzureDevOpsHookReceiver.js'),
})

ScriptInclude({
    $id: Now.ID['script-include-InboxProcessor'],
    name: 'InboxProcessor',
    apiName: 'x_incb_bridge.InboxProcessor',
    accessibleFrom: 'package_private',
    active: true,
    description: 'Applies inbox events to incidents in revision order (event script action and the catch-up job sweep): claim, apply, mark, retry.',
    script: Now.include('../../dist/es5/includes/InboxProcessor.js'),
})

ScriptInclude({
    $id: Now.ID['script-include-AzureDevOpsCatchUp'],
    name: 'AzureDevOpsCatchUp',
    apiName: 'x_incb_bridge.AzureDevOpsCatchUp',
    accessibleFrom: 'package_private',
    active: true,
    description: 'Catch-up poll of the inbound sync: asks Azure DevOps (WIQL on System.ChangedDate) for linked work item changes the service hooks missed.',
    script: Now.include('../../dist/es5/includes/AzureDevOpsCatchUp.js'),
})

ScriptInclude({
    $id: Now.ID['script-include-OutboxAdmin'],
    name: 'OutboxAdmin',
    apiName: 'x_incb_bridge.OutboxAdmin',
    accessibleFrom: 'package_private',
    active: true,
    description: 'Behind the outbox UI actions Retry and Discard: an admin sends a dead or failed entry again, or gives up on it.',
    script: Now.include('../../dist/es5/includes/OutboxAdmin.js'),
})

ScriptInclude({
    $id: Now.ID['script-include-ConnectionHealthCheck'],
    name: 'ConnectionHealthCheck',
    apiName: 'x_incb_bridge.ConnectionHealthCheck',
    accessibleFrom: 'package_private',
    active: true,
    description: 'The connection health check (scheduled job, and the Check connection UI action): one authenticated call per connection, health recorded with the exact cause.',
    script: Now.include('../../dist/es5/includes/ConnectionHealthCheck.js'),
})

ScriptInclude({
    $id: Now.ID['script-include-RetentionPurge'],
    name: 'RetentionPurge',
    apiName: 'x_incb_bridge.RetentionPurge',
    accessibleFrom: 'package_private',
    active: true,
    description: 'The retention job: deletes old integration log rows and finished outbox and inbox entries, in bounded batches.',
    script: Now.include('../../dist/es5/includes/RetentionPurge.js'),
})
