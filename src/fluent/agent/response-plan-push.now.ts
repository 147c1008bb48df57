// Push to agents: after an incident is saved, this rule records the response-plan events its target webhooks must
// receive (incident.matched, incident.updated, incident.resolved) as outbox entries, inside the user's transaction
// and without any HTTP call; the outbox dispatcher signs and sends them later (event script action and sweep).
// Order 10000, like the Azure DevOps capture rule: it runs after the other after rules, on the record as saved.
import { BusinessRule } from '@servicenow/sdk/core'

BusinessRule({
    $id: Now.ID['br-incident-plan-push'],
    name: 'Incident Bridge: push to response plans',
    table: 'incident',
    when: 'after',
    action: ['insert', 'update'],
    order: 10000,
    active: true,
    description:
        'Writes one outbox push entry per webhook connection of an active response plan the incident newly matches (or stays linked to); the dispatcher sends it signed.',
    script: Now.include('../../../dist/es5/entry/br/incident_plan_push.js'),
})
