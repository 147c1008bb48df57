// Capture, not send: after an incident is saved (or a file is attached to one), these rules record what Azure
// DevOps must receive as outbox entries, inside the user's transaction and without any HTTP call. After rules,
// because `previous` (what changed) exists only in before/after rules, and the entry must be written with the save.
// Order 10000: they run after the other after rules of the save, so the entry reflects the record as saved.
import { BusinessRule } from '@servicenow/sdk/core'

BusinessRule({
    $id: Now.ID['br-incident-outbox-capture'],
    name: 'Incident Bridge: capture incident changes',
    table: 'incident',
    when: 'after',
    action: ['insert', 'update'],
    order: 10000,
    active: true,
    description:
        'Writes one outbox entry per Azure DevOps connection the incident syncs with (linked, or matching the trigger condition) when mapped fields or the synced journal changed; the dispatcher sends it later.',
    script: Now.include('../../../dist/es5/entry/br/incident_capture.js'),
})

BusinessRule({
    $id: Now.ID['br-attachment-outbox-capture'],
    name: 'Incident Bridge: capture incident attachments',
    table: 'sys_attachment',
    when: 'after',
    action: ['insert'],
    filterCondition: 'table_name=incident',
    order: 10000,
    active: true,
    description: 'Writes an outbox entry so a file attached to a synced incident is uploaded to its Azure DevOps work item.',
    script: Now.include('../../../dist/es5/entry/br/attachment_capture.js'),
})
