// Inbound processing runs on the platform's async machinery, never in the web hook's request: each inbox row queues
// the event below, whose script action applies that work item's rows on whichever node's event processor picks it
// up; the scheduled catch-up job sweeps what an event missed or what waits for a retry, then polls Azure DevOps for
// changes the service hooks did not deliver.
import { Record, ScheduledScript, ScriptAction } from '@servicenow/sdk/core'

export const inboxReceivedEvent = Record({
    $id: Now.ID['event-inbox-received'],
    table: 'sysevent_register',
    data: {
        suffix: 'inbox.received',
        event_name: 'x_incb_bridge.inbox.received',
        table: 'x_incb_bridge_inbox',
        description: 'An inbox row was stored: apply the open rows of its work item (parm1 connection, parm2 work item id)',
        fired_by: 'Script includes AzureDevOpsHookReceiver (web hook route) and AzureDevOpsCatchUp',
        priority: 100,
    },
})

ScriptAction({
    $id: Now.ID['script-action-inbox-process'],
    name: 'Incident Bridge: process inbox',
    eventName: 'x_incb_bridge.inbox.received',
    active: true,
    order: 100,
    description: 'Claims and applies the open inbox rows of the work item named by the event, in revision order (InboxProcessor.processWorkItem).',
    script: Now.include('../../../dist/es5/entry/action/inbox_received.js'),
})

ScheduledScript({
    $id: Now.ID['job-inbound-catch-up'],
    name: 'Incident Bridge: inbound catch-up',
    active: true,
    frequency: 'periodically',
    executionInterval: { minutes: 15 },
    // Fixed, so every build writes the same record.
    executionStart: '2026-01-01 00:00:00',
    timeZone: 'UTC',
    script: Now.include('../../../dist/es5/entry/job/inbound_catchup.js'),
})
