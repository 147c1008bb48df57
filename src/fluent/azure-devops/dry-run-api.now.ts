// POST /api/x_incb_bridge/v1/admin/dry-run (also /api/x_incb_bridge/admin/dry-run: v1 is the default version):
// the exact requests a sync of one incident through one connection would send, without sending them (or sent with
// Azure DevOps' validateOnly=true when asked). Incident Bridge admins only: the REST endpoint ACL below is enforced
// on the API and on the route, replacing the platform's default Scripted REST ACL.
import { Acl, RestApi } from '@servicenow/sdk/core'
import { adminRole } from '../roles.now'

export const adminEndpointAcl = Acl({
    $id: Now.ID['admin-api-acl'],
    type: 'rest_endpoint',
    name: 'x_incb_bridge.admin_api',
    operation: 'execute',
    roles: [adminRole],
    description: 'Incident Bridge admins call the admin API (dry runs)',
})

RestApi({
    $id: Now.ID['admin-api'],
    name: 'Incident Bridge admin',
    serviceId: 'admin',
    namespace: 'x_incb_bridge',
    shortDescription: 'Administration of Incident Bridge: dry runs of the Azure DevOps sync',
    consumes: 'application/json',
    produces: 'application/json',
    enforceAcl: [adminEndpointAcl],
    versions: [
        {
            $id: Now.ID['admin-api-v1'],
            version: 1,
            isDefault: true,
            active: true,
            shortDescription: 'First version',
        },
    ],
    routes: [
        {
            $id: Now.ID['admin-api-v1-dry-run'],
            name: 'Dry run',
            method: 'POST',
            path: '/dry-run',
            version: 1,
            shortDescription: 'Body {"incident": sys_id, "connection": sys_id, "validateOnly": false}; returns the requests a sync would send',
            consumes: 'application/json',
            produces: 'application/json',
            authentication: true,
            authorization: true,
            enforceAcl: [adminEndpointAcl],
            script: Now.include('../../../dist/es5/entry/rest/dry_run_post.js'),
        },
    ],
})
