// The agent API: /api/x_incb_bridge/v1/agent/... (also without v1: it is the default version), what an AI SRE agent
// needs from ServiceNow. Every route has its own REST endpoint ACL (agents and Incident Bridge admins), enforced on
// the route, so one route can later be opened or closed without touching the others; the API-level ACL is the
// default the UI shows for new routes. Route scripts are tiny: the handlers are in the AgentApi script include.
import { Acl, RestApi } from '@servicenow/sdk/core'
import { adminRole, agentRole } from '../roles.now'

const apiAcl = Acl({
    $id: Now.ID['agent-api-acl'],
    type: 'rest_endpoint',
    name: 'x_incb_bridge.agent_api',
    operation: 'execute',
    roles: [adminRole, agentRole],
    description: 'AI SRE agents and Incident Bridge admins call the agent API',
})
const listAcl = Acl({
    $id: Now.ID['agent-api-acl-list'],
    type: 'rest_endpoint',
    name: 'x_incb_bridge.agent_api.list_incidents',
    operation: 'execute',
    roles: [adminRole, agentRole],
    description: 'Agents list incidents',
})
const readAcl = Acl({
    $id: Now.ID['agent-api-acl-read'],
    type: 'rest_endpoint',
    name: 'x_incb_bridge.agent_api.read_incident',
    operation: 'execute',
    roles: [adminRole, agentRole],
    description: 'Agents read an incident with its discussion, related records and attachments',
})
const attachmentAcl = Acl({
    $id: Now.ID['agent-api-acl-attachment'],
    type: 'rest_endpoint',
    name: 'x_incb_bridge.agent_api.read_attachment',
    operation: 'execute',
    roles: [adminRole, agentRole],
    description: 'Agents download the attachments of incidents',
})
const noteAcl = Acl({
    $id: Now.ID['agent-api-acl-note'],
    type: 'rest_endpoint',
    name: 'x_incb_bridge.agent_api.add_note',
    operation: 'execute',
    roles: [adminRole, agentRole],
    description: 'Agents post work notes and comments',
})
const acknowledgeAcl = Acl({
    $id: Now.ID['agent-api-acl-acknowledge'],
    type: 'rest_endpoint',
    name: 'x_incb_bridge.agent_api.acknowledge',
    operation: 'execute',
    roles: [adminRole, agentRole],
    description: 'Agents acknowledge incidents',
})
const priorityAcl = Acl({
    $id: Now.ID['agent-api-acl-priority'],
    type: 'rest_endpoint',
    name: 'x_incb_bridge.agent_api.set_priority',
    operation: 'execute',
    roles: [adminRole, agentRole],
    description: 'Agents change the priority of incidents',
})
const resolveAcl = Acl({
    $id: Now.ID['agent-api-acl-resolve'],
    type: 'rest_endpoint',
    name: 'x_incb_bridge.agent_api.resolve',
    operation: 'execute',
    roles: [adminRole, agentRole],
    description: 'Agents resolve incidents',
})
const healthAcl = Acl({
    $id: Now.ID['agent-api-acl-health'],
    type: 'rest_endpoint',
    name: 'x_incb_bridge.agent_api.health',
    operation: 'execute',
    roles: [adminRole, agentRole],
    description: 'Agents check that they are connected',
})

RestApi({
    $id: Now.ID['agent-api'],
    name: 'Incident Bridge agent',
    serviceId: 'agent',
    namespace: 'x_incb_bridge',
    shortDescription: 'Incidents for AI SRE agents: list, read with discussion history, download attachments, post notes, acknowledge, prioritize, resolve',
    consumes: 'application/json',
    produces: 'application/json',
    enforceAcl: [apiAcl],
    versions: [
        {
            $id: Now.ID['agent-api-v1'],
            version: 1,
            isDefault: true,
            active: true,
            shortDescription: 'First version',
        },
    ],
    routes: [
        {
            $id: Now.ID['agent-api-v1-list'],
            name: 'List incidents',
            method: 'GET',
            path: '/incidents',
            version: 1,
            shortDescription: 'Filters plan, state, priority, assignment_group, updated_since; paging limit + offset or cursor; order sys_updated_on, sys_id',
            produces: 'application/json',
            authentication: true,
            authorization: true,
            enforceAcl: [listAcl],
            script: Now.include('../../../dist/es5/entry/rest/agent_incidents_get.js'),
        },
        {
            $id: Now.ID['agent-api-v1-read'],
            name: 'Get incident',
            method: 'GET',
            path: '/incidents/{id}',
            version: 1,
            shortDescription: 'One incident by sys_id or number: fields, related records, discussion history, attachments, links per connection',
            produces: 'application/json',
            authentication: true,
            authorization: true,
            enforceAcl: [readAcl],
            script: Now.include('../../../dist/es5/entry/rest/agent_incident_get.js'),
        },
        {
            // The Attachment API needs read access to the incident, which agents do not have: the app sends the
            // file itself, only for an attachment of that incident. Any response type: the file's own stored type
            // (errors are JSON as everywhere).
            $id: Now.ID['agent-api-v1-attachment'],
            name: 'Download attachment',
            method: 'GET',
            path: '/incidents/{id}/attachments/{attachment_id}',
            version: 1,
            shortDescription: "One of the incident's attachments as its bytes, with its stored content type and file name",
            produces: '*/*',
            authentication: true,
            authorization: true,
            enforceAcl: [attachmentAcl],
            script: Now.include('../../../dist/es5/entry/rest/agent_attachment_get.js'),
        },
        {
            $id: Now.ID['agent-api-v1-note'],
            name: 'Add work note or comment',
            method: 'POST',
            path: '/incidents/{id}/work_notes',
            version: 1,
            shortDescription: 'Body {"text": "...", "visibility": "work_notes" | "comments"}',
            consumes: 'application/json',
            produces: 'application/json',
            authentication: true,
            authorization: true,
            enforceAcl: [noteAcl],
            script: Now.include('../../../dist/es5/entry/rest/agent_work_notes_post.js'),
        },
        {
            $id: Now.ID['agent-api-v1-acknowledge'],
            name: 'Acknowledge incident',
            method: 'POST',
            path: '/incidents/{id}/acknowledge',
            version: 1,
            shortDescription: 'Body {"note"?: "..."}: New becomes In Progress, assigned to the caller when unassigned; twice is harmless',
            consumes: 'application/json',
            produces: 'application/json',
            authentication: true,
            authorization: true,
            enforceAcl: [acknowledgeAcl],
            script: Now.include('../../../dist/es5/entry/rest/agent_acknowledge_post.js'),
        },
        {
            $id: Now.ID['agent-api-v1-priority'],
            name: 'Set priority',
            method: 'POST',
            path: '/incidents/{id}/priority',
            version: 1,
            shortDescription: 'Body {"priority": 1..5, "reason": "..."}: sets impact and urgency; the reason becomes a work note',
            consumes: 'application/json',
            produces: 'application/json',
            authentication: true,
            authorization: true,
            enforceAcl: [priorityAcl],
            script: Now.include('../../../dist/es5/entry/rest/agent_priority_post.js'),
        },
        {
            $id: Now.ID['agent-api-v1-resolve'],
            name: 'Resolve incident',
            method: 'POST',
            path: '/incidents/{id}/resolve',
            version: 1,
            shortDescription: 'Body {"close_code": one of the incident close codes, "close_notes": "..."}',
            consumes: 'application/json',
            produces: 'application/json',
            authentication: true,
            authorization: true,
            enforceAcl: [resolveAcl],
            script: Now.include('../../../dist/es5/entry/rest/agent_resolve_post.js'),
        },
        {
            $id: Now.ID['agent-api-v1-health'],
            name: 'Agent health',
            method: 'GET',
            path: '/health',
            version: 1,
            shortDescription: 'Is the agent connected: the caller, its roles, incident access, app version and specific problems',
            produces: 'application/json',
            authentication: true,
            authorization: true,
            enforceAcl: [healthAcl],
            script: Now.include('../../../dist/es5/entry/rest/agent_health_get.js'),
        },
    ],
})
