// The app's three roles. They do not contain one another: an admin who should also call the agent API is given
// both roles explicitly, so no role quietly grants more than its description says.
import { Role } from '@servicenow/sdk/core'

export const adminRole = Role({
    name: 'x_incb_bridge.admin',
    description:
        'Incident Bridge administrator: configures connections and value maps, retries or discards outbox and inbox entries, reads the integration log.',
})

export const agentRole = Role({
    name: 'x_incb_bridge.agent',
    description: 'AI SRE agents: call the Incident Bridge agent API and the health route.',
})

export const integrationRole = Role({
    name: 'x_incb_bridge.integration',
    description: 'Systems that call Incident Bridge webhooks, such as the Azure DevOps service hook user.',
})
