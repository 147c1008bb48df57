// ATF: the agent API and the health route as an AI SRE agent would call them, over HTTP on the instance itself, with
// the agent role only (profile incb.atf.agent), and refused to a user without it (incb.atf.hook: 403) and to a caller
// without credentials (401). The test makes its own incident; ATF rolls it back after the test.
import { Test } from '@servicenow/sdk/core'
import { atfAgentProfile, atfHookProfile } from './test-users.now'

const JSON_HEADERS = { Accept: 'application/json', 'Content-Type': 'application/json' }

export const agentApiTest = Test(
    {
        $id: Now.ID['atf-test-agent-api'],
        name: 'Incident Bridge: agent API as an agent',
        description:
            'Creates an incident, then calls GET /health, GET /agent/health, GET /agent/incidents, GET /agent/incidents/{id}, POST work_notes, acknowledge, priority and resolve as incb.atf.agent (role x_incb_bridge.agent) and asserts status codes and JSON elements: 200/201 on each, 400 for a close code the instance does not offer, 409 when resolving twice; then 403 for a user without the agent role and 401 without credentials.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf-agent-insert'],
            table: 'incident',
            fieldValues: { short_description: '[Incident Bridge ATF] agent API', impact: '3', urgency: '3' },
        })

        atf.rest.sendRestRequest({
            $id: Now.ID['atf-agent-health-send'],
            path: '/api/x_incb_bridge/v1/health',
            method: 'get',
            headers: { Accept: 'application/json' },
            basicAuthentication: atfAgentProfile,
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-agent-health-status'], statusCode: 200 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-agent-health-scope'],
            elementName: '/result/app/scope',
            operation: 'equals',
            elementValue: 'x_incb_bridge',
        })

        atf.rest.sendRestRequest({
            $id: Now.ID['atf-agent-self-send'],
            path: '/api/x_incb_bridge/v1/agent/health',
            method: 'get',
            headers: { Accept: 'application/json' },
            basicAuthentication: atfAgentProfile,
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-agent-self-status'], statusCode: 200 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-agent-self-ok'],
            elementName: '/result/status',
            operation: 'equals',
            elementValue: 'ok',
        })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-agent-self-role'],
            elementName: '/result/roles/agent',
            operation: 'equals',
            elementValue: 'true',
        })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-agent-self-read'],
            elementName: '/result/can_read_incidents',
            operation: 'equals',
            elementValue: 'true',
        })

        atf.rest.sendRestRequest({
            $id: Now.ID['atf-agent-list-send'],
            path: '/api/x_incb_bridge/v1/agent/incidents',
            method: 'get',
            queryParameters: { state: '1', limit: '1' },
            headers: { Accept: 'application/json' },
            basicAuthentication: atfAgentProfile,
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-agent-list-status'], statusCode: 200 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-agent-list-limit'],
            elementName: '/result/paging/limit',
            operation: 'equals',
            elementValue: '1',
        })

        atf.rest.sendRestRequest({
            $id: Now.ID['atf-agent-read-send'],
            path: `/api/x_incb_bridge/v1/agent/incidents/${incident.record_id}`,
            method: 'get',
            headers: { Accept: 'application/json' },
            basicAuthentication: atfAgentProfile,
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-agent-read-status'], statusCode: 200 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-agent-read-id'],
            elementName: '/result/summary/sys_id',
            operation: 'equals',
            elementValue: `${incident.record_id}`,
        })

        atf.rest.sendRestRequest({
            $id: Now.ID['atf-agent-note-send'],
            path: `/api/x_incb_bridge/v1/agent/incidents/${incident.record_id}/work_notes`,
            method: 'post',
            headers: JSON_HEADERS,
            body: '{"text":"Incident Bridge ATF: a work note from an agent","visibility":"work_notes"}',
            basicAuthentication: atfAgentProfile,
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-agent-note-status'], statusCode: 201 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-agent-note-text'],
            elementName: '/result/entry/text',
            operation: 'contains',
            elementValue: 'a work note from an agent',
        })

        atf.rest.sendRestRequest({
            $id: Now.ID['atf-agent-ack-send'],
            path: `/api/x_incb_bridge/v1/agent/incidents/${incident.record_id}/acknowledge`,
            method: 'post',
            headers: JSON_HEADERS,
            body: '{"note":"Incident Bridge ATF: acknowledged"}',
            basicAuthentication: atfAgentProfile,
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-agent-ack-status'], statusCode: 200 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-agent-ack-state'],
            elementName: '/result/state/value',
            operation: 'equals',
            elementValue: '2',
        })

        atf.rest.sendRestRequest({
            $id: Now.ID['atf-agent-priority-send'],
            path: `/api/x_incb_bridge/v1/agent/incidents/${incident.record_id}/priority`,
            method: 'post',
            headers: JSON_HEADERS,
            body: '{"priority":2,"reason":"Incident Bridge ATF: raising the priority"}',
            basicAuthentication: atfAgentProfile,
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-agent-priority-status'], statusCode: 200 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-agent-priority-value'],
            elementName: '/result/priority/value',
            operation: 'equals',
            elementValue: '2',
        })

        atf.rest.sendRestRequest({
            $id: Now.ID['atf-agent-badcode-send'],
            path: `/api/x_incb_bridge/v1/agent/incidents/${incident.record_id}/resolve`,
            method: 'post',
            headers: JSON_HEADERS,
            body: '{"close_code":"Incident Bridge ATF: no such close code","close_notes":"Should be refused"}',
            basicAuthentication: atfAgentProfile,
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-agent-badcode-status'], statusCode: 400 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-agent-badcode-message'],
            elementName: '/error/message',
            operation: 'contains',
            elementValue: 'is not a resolution code of this instance',
        })

        // The close codes differ between releases and instances: use one this instance offers. The step hands the
        // code on in its record_id output, the only text output a Run Server Side Script step has.
        const closeCode = atf.server.runServerSideScript({
            $id: Now.ID['atf-agent-close-code'],
            script: Now.include('../../../dist/es5/atf/pick_close_code.js'),
        })

        atf.rest.sendRestRequest({
            $id: Now.ID['atf-agent-resolve-send'],
            path: `/api/x_incb_bridge/v1/agent/incidents/${incident.record_id}/resolve`,
            method: 'post',
            headers: JSON_HEADERS,
            body: `{"close_code":"${closeCode.record_id}","close_notes":"Incident Bridge ATF: resolved by an agent"}`,
            basicAuthentication: atfAgentProfile,
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-agent-resolve-status'], statusCode: 200 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-agent-resolve-state'],
            elementName: '/result/state/value',
            operation: 'equals',
            elementValue: '6',
        })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-agent-resolve-code'],
            elementName: '/result/close_code/value',
            operation: 'equals',
            elementValue: `${closeCode.record_id}`,
        })

        atf.rest.sendRestRequest({
            $id: Now.ID['atf-agent-again-send'],
            path: `/api/x_incb_bridge/v1/agent/incidents/${incident.record_id}/resolve`,
            method: 'post',
            headers: JSON_HEADERS,
            body: `{"close_code":"${closeCode.record_id}","close_notes":"Incident Bridge ATF: resolved twice"}`,
            basicAuthentication: atfAgentProfile,
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-agent-again-status'], statusCode: 409 })

        atf.server.recordValidation({
            $id: Now.ID['atf-agent-validate'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: 'state=6^priority=2',
        })

        atf.rest.sendRestRequest({
            $id: Now.ID['atf-agent-norole-send'],
            path: '/api/x_incb_bridge/v1/agent/health',
            method: 'get',
            headers: { Accept: 'application/json' },
            basicAuthentication: atfHookProfile,
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-agent-norole-status'], statusCode: 403 })

        atf.rest.sendRestRequest({
            $id: Now.ID['atf-agent-anonymous-send'],
            path: `/api/x_incb_bridge/v1/agent/incidents/${incident.record_id}`,
            method: 'get',
            headers: { Accept: 'application/json' },
            auth: '',
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-agent-anonymous-status'], statusCode: 401 })
    }
)
