// GET /api/x_incb_bridge/v1/health (also /api/x_incb_bridge/health: v1 is the default version). Authenticated
// callers with the agent or admin role only: the REST endpoint ACL below is enforced on the API and on the route,
// replacing the platform's default Scripted REST ACL.
import { Acl, RestApi } from '@servicenow/sdk/core'
import { adminRole, agentRole } from '../roles.now'

export const healthEndpointAcl = Acl({
    $id: Now.ID['health-api-acl'],
    type: 'rest_endpoint',
    name: 'x_incb_bridge.health',
    operation: 'execute',
    roles: [adminRole, agentRole],
    description: 'Incident Bridge agents and admins call the health API',
})

RestApi({
    $id: Now.ID['health-api'],
    name: 'Incident Bridge health',
    serviceId: 'health',
    namespace: 'x_incb_bridge',
    shortDescription: 'Version of Incident Bridge and the last known health of each connection',
    produces: 'application/json',
    enforceAcl: [healthEndpointAcl],
    versions: [
        {
            $id: Now.ID['health-api-v1'],
            version: 1,
            isDefault: true,
            active: true,
            shortDescription: 'First version',
        },
    ],
    routes: [
        {
            $id: Now.ID['health-api-v1-get'],
            name: 'Get health',
            method: 'GET',
            path: '/',
            version: 1,
            shortDescription: 'Overall status, app version and per-connection health',
            produces: 'application/json',
            authentication: true,
            authorization: true,
            enforceAcl: [healthEndpointAcl],
            script: Now.include('../../../dist/es5/entry/rest/health_get.js'),
        },
    ],
})
