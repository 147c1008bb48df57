// Dead letters: when the dispatcher gives up on a delivery (the last attempt failed), it queues
// x_incb_bridge.outbox.dead for the oldest entry of that delivery; the notification below tells the connection's
// support group, and admins retry or discard the entry from the outbox list or form once the cause is fixed.
import { EmailNotification, Record, UiAction } from '@servicenow/sdk/core'
import { adminRole } from '../roles.now'

export const outboxDeadEvent = Record({
    $id: Now.ID['event-outbox-dead'],
    table: 'sysevent_register',
    data: {
        suffix: 'outbox.dead',
        event_name: 'x_incb_bridge.outbox.dead',
        table: 'x_incb_bridge_outbox',
        description: 'A delivery gave up after its last attempt: its outbox entries are dead (parm1 connection, parm2 incident)',
        fired_by: 'Script include OutboxDispatcher (dead letters)',
        priority: 100,
    },
})

// The link to the entry (the guide's way: a mail script builds it from glide.servlet.uri).
export const outboxEntryLinkMailScript = Record({
    $id: Now.ID['mail-script-outbox-entry-link'],
    table: 'sys_script_email',
    data: {
        name: 'Incident Bridge outbox entry link',
        new_lines_to_html: false,
        script: Now.include('../../../dist/es5/entry/mail/outbox_entry_link.js'),
    },
})

EmailNotification({
    $id: Now.ID['notification-outbox-dead'],
    table: 'x_incb_bridge_outbox',
    name: 'Incident Bridge: outbox entry dead',
    description:
        'Tells the support group of the connection that a change of an incident could not be delivered after the last attempt, with the error and a link to the outbox entry to retry or discard.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_incb_bridge.outbox.dead',
    },
    recipientDetails: {
        // The group's members receive it (or the group's own email address, when it has one).
        recipientFields: ['connection.support_group'],
        sendToCreator: false,
    },
    emailContent: {
        contentType: 'text/html',
        subject: `Incident Bridge could not deliver a change of \${incident.number} to \${connection.name}`,
        messageHtml: `<p>Incident Bridge gave up delivering a change of incident \${incident.number} through the connection \${connection.name} after \${attempts} attempts.</p>
<p>The last error: \${last_error}</p>
<p>Once the cause is fixed, an Incident Bridge admin can retry the change (or discard it) from the outbox entry: \${mail_script:Incident Bridge outbox entry link}</p>`,
        importance: 'high',
    },
})

UiAction({
    $id: Now.ID['ui-action-outbox-retry'],
    table: 'x_incb_bridge_outbox',
    name: 'Retry',
    actionName: 'x_incb_bridge_outbox_retry',
    active: true,
    hint: 'Send this change again with a fresh set of attempts (after fixing the cause)',
    comments: 'Dead or failed entries only: back to Queued, attempts reset, due now, dispatch event queued (OutboxAdmin.retry).',
    condition: "current.state == 'dead' || current.state == 'failed'",
    showUpdate: true,
    showInsert: false,
    form: { showButton: true, style: 'primary' },
    list: { showListChoice: true, showContextMenu: true },
    roles: [adminRole],
    order: 100,
    script: Now.include('../../../dist/es5/entry/ui/outbox_retry.js'),
})

UiAction({
    $id: Now.ID['ui-action-outbox-discard'],
    table: 'x_incb_bridge_outbox',
    name: 'Discard',
    actionName: 'x_incb_bridge_outbox_discard',
    active: true,
    hint: 'Give up on this change: it will not be sent',
    comments: 'Dead or failed entries only: to Skipped with a note saying who discarded it (OutboxAdmin.discard).',
    condition: "current.state == 'dead' || current.state == 'failed'",
    showUpdate: true,
    showInsert: false,
    form: { showButton: true, style: 'destructive' },
    list: { showListChoice: true, showContextMenu: true },
    roles: [adminRole],
    order: 200,
    script: Now.include('../../../dist/es5/entry/ui/outbox_discard.js'),
})
