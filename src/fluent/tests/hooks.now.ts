// ATF: the Azure DevOps service hook route takes deliveries for a test connection, and the linked incident follows
// them: a state change, a comment (as a work note), and a close (Resolved, with the close code this instance offers).
// The deliveries are sample service hook payloads (resource version 1.0) for work item 424242, posted by the service
// hook user incb.atf.hook (role x_incb_bridge.integration). The test connection points nowhere and takes inbound
// events only; it has no inbound secret, so no secret sits in the test.
import { Test } from '@servicenow/sdk/core'
import { atfHookProfile } from './test-users.now'

const HOOK_HEADERS = { Accept: 'application/json', 'Content-Type': 'application/json' }
const WORK_ITEM = 424242
const AUTHOR = { displayName: 'Incident Bridge ATF', uniqueName: 'incident-bridge-atf@example.invalid' }

const doing = JSON.stringify({
    id: 'incident-bridge-atf-hook-1',
    eventType: 'workitem.updated',
    publisherId: 'tfs',
    resourceVersion: '1.0',
    createdDate: '2026-01-01T10:00:00Z',
    resource: {
        id: 1,
        workItemId: WORK_ITEM,
        rev: 2,
        revisedBy: AUTHOR,
        fields: { 'System.State': { oldValue: 'To Do', newValue: 'Doing' }, 'System.ChangedDate': { newValue: '2026-01-01T10:00:00Z' } },
        revision: { id: WORK_ITEM, rev: 2, fields: { 'System.State': 'Doing' } },
    },
})

const comment = JSON.stringify({
    id: 'incident-bridge-atf-hook-2',
    eventType: 'workitem.commented',
    publisherId: 'tfs',
    resourceVersion: '1.0',
    createdDate: '2026-01-01T10:05:00Z',
    resource: {
        id: WORK_ITEM,
        rev: 3,
        fields: {
            'System.State': 'Doing',
            'System.History': '<div>Incident Bridge ATF: a comment from Azure DevOps</div>',
            'System.ChangedBy': 'Incident Bridge ATF <incident-bridge-atf@example.invalid>',
            'System.ChangedDate': '2026-01-01T10:05:00Z',
        },
    },
})

const done = JSON.stringify({
    id: 'incident-bridge-atf-hook-3',
    eventType: 'workitem.updated',
    publisherId: 'tfs',
    resourceVersion: '1.0',
    createdDate: '2026-01-01T10:10:00Z',
    resource: {
        id: 3,
        workItemId: WORK_ITEM,
        rev: 4,
        revisedBy: AUTHOR,
        fields: { 'System.State': { oldValue: 'Doing', newValue: 'Done' }, 'System.ChangedDate': { newValue: '2026-01-01T10:10:00Z' } },
        revision: { id: WORK_ITEM, rev: 4, fields: { 'System.State': 'Done' } },
    },
})

export const hooksTest = Test(
    {
        $id: Now.ID['atf-test-hooks'],
        name: 'Incident Bridge: Azure DevOps hook route',
        description:
            'Makes an inbound-only test connection (Basic process value maps, the close code this instance offers) and an incident linked to work item 424242, then posts three service hook deliveries to /api/x_incb_bridge/v1/hooks/azure-devops/{connection} as incb.atf.hook: the incident goes In Progress on "Doing", gets the comment as a work note, and is Resolved with the connection\'s close code on "Done"; a delivery sent twice is a duplicate. Deletes the connection and its rows at the end.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const closeCode = atf.server.runServerSideScript({
            $id: Now.ID['atf-hooks-close-code'],
            script: Now.include('../../../dist/es5/atf/pick_close_code.js'),
        })
        const connection = atf.server.recordInsert({
            $id: Now.ID['atf-hooks-connection'],
            table: 'x_incb_bridge_connection',
            fieldValues: {
                name: '[Incident Bridge ATF] hooks',
                type: 'azure_devops',
                active: true,
                base_url: 'https://incident-bridge-atf.invalid',
                ado_organization: 'incident-bridge-atf',
                ado_project: 'hooks',
                auth_type: 'none',
                sync_direction: 'inbound',
                inbound_journal: 'work_notes',
                value_map_preset: 'basic',
                close_code: `${closeCode.record_id}`,
                close_notes: 'Closed in Azure DevOps (Incident Bridge ATF)',
            },
        })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf-hooks-incident'],
            table: 'incident',
            fieldValues: { short_description: '[Incident Bridge ATF] hooks', impact: '3', urgency: '3' },
        })
        atf.server.recordInsert({
            $id: Now.ID['atf-hooks-link'],
            table: 'x_incb_bridge_link',
            fieldValues: {
                connection: `${connection.record_id}`,
                incident: `${incident.record_id}`,
                remote_id: '424242',
                state: 'linked',
                last_inbound_rev: 1,
            },
        })

        atf.rest.sendRestRequest({
            $id: Now.ID['atf-hooks-doing-send'],
            path: `/api/x_incb_bridge/v1/hooks/azure-devops/${connection.record_id}`,
            method: 'post',
            headers: HOOK_HEADERS,
            body: doing,
            basicAuthentication: atfHookProfile,
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-hooks-doing-status'], statusCode: 200 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-hooks-doing-accepted'],
            elementName: '/result/status',
            operation: 'equals',
            elementValue: 'accepted',
        })
        atf.server.recordValidation({
            $id: Now.ID['atf-hooks-doing-validate'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: 'state=2',
            timeout: { seconds: 60 },
        })

        atf.rest.sendRestRequest({
            $id: Now.ID['atf-hooks-comment-send'],
            path: `/api/x_incb_bridge/v1/hooks/azure-devops/${connection.record_id}`,
            method: 'post',
            headers: HOOK_HEADERS,
            body: comment,
            basicAuthentication: atfHookProfile,
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-hooks-comment-status'], statusCode: 200 })
        atf.server.recordQuery({
            $id: Now.ID['atf-hooks-comment-query'],
            table: 'sys_journal_field',
            fieldValues: `name=incident^element=work_notes^element_id=${incident.record_id}^valueLIKEa comment from Azure DevOps`,
            timeout: { seconds: 60 },
        })

        atf.rest.sendRestRequest({
            $id: Now.ID['atf-hooks-done-send'],
            path: `/api/x_incb_bridge/v1/hooks/azure-devops/${connection.record_id}`,
            method: 'post',
            headers: HOOK_HEADERS,
            body: done,
            basicAuthentication: atfHookProfile,
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-hooks-done-status'], statusCode: 200 })
        atf.server.recordValidation({
            $id: Now.ID['atf-hooks-done-validate'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: `state=6^close_code=${closeCode.record_id}`,
            timeout: { seconds: 60 },
        })

        atf.rest.sendRestRequest({
            $id: Now.ID['atf-hooks-again-send'],
            path: `/api/x_incb_bridge/v1/hooks/azure-devops/${connection.record_id}`,
            method: 'post',
            headers: HOOK_HEADERS,
            body: doing,
            basicAuthentication: atfHookProfile,
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-hooks-again-status'], statusCode: 200 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-hooks-again-duplicate'],
            elementName: '/result/status',
            operation: 'equals',
            elementValue: 'duplicate',
        })

        atf.server.runServerSideScript({
            $id: Now.ID['atf-hooks-cleanup'],
            script: Now.include('../../../dist/es5/atf/cleanup.js'),
        })
    }
)
