// The Azure DevOps test double (src/app/demo): routes of this instance that answer Incident Bridge's work item
// requests as Azure DevOps would, so the demo round trip suite can show outbound create, write-back and no echo on an
// instance without an Azure DevOps organization. Demo data only ($meta.installMethod 'demo', folder unload.demo of
// the package): installed when an admin installs the app with its demo data, never by a production install. Callers
// need the integration role (the round trip's connection signs in as incb.atf.hook). To remove it: delete the
// Scripted REST API "Incident Bridge: Azure DevOps test double" and the REST endpoint ACL x_incb_bridge.ado_double
// (docs/guides/verify-on-your-instance.md).
import { Acl, RestApi } from '@servicenow/sdk/core'
import { integrationRole } from '../roles.now'

const doubleAcl = Acl({
    $id: Now.ID['ado-double-acl'],
    $meta: { installMethod: 'demo' },
    type: 'rest_endpoint',
    name: 'x_incb_bridge.ado_double',
    operation: 'execute',
    roles: [integrationRole],
    description: 'The Azure DevOps test double (demo data): systems with the integration role',
})

const PATCH_JSON = 'application/json-patch+json'

RestApi({
    $id: Now.ID['ado-double-api'],
    $meta: { installMethod: 'demo' },
    name: 'Incident Bridge: Azure DevOps test double',
    serviceId: 'ado_double',
    namespace: 'x_incb_bridge',
    shortDescription: 'Demo data: answers work item requests as Azure DevOps would, for the demo round trip ATF suite. Delete it when the suite is not needed.',
    consumes: `application/json,${PATCH_JSON}`,
    produces: 'application/json',
    enforceAcl: [doubleAcl],
    versions: [{ $id: Now.ID['ado-double-v1'], version: 1, isDefault: true, active: true, shortDescription: 'First version' }],
    routes: [
        {
            $id: Now.ID['ado-double-create'],
            name: 'Create work item',
            method: 'POST',
            path: '/{organization}/{project}/_apis/wit/workitems/{type}',
            version: 1,
            consumes: PATCH_JSON,
            produces: 'application/json',
            authentication: true,
            authorization: true,
            enforceAcl: [doubleAcl],
            script: Now.include('../../../dist/es5/demo/ado_double_create_work_item.js'),
        },
        {
            $id: Now.ID['ado-double-update'],
            name: 'Update work item',
            method: 'PATCH',
            path: '/{organization}/{project}/_apis/wit/workitems/{id}',
            version: 1,
            consumes: PATCH_JSON,
            produces: 'application/json',
            authentication: true,
            authorization: true,
            enforceAcl: [doubleAcl],
            script: Now.include('../../../dist/es5/demo/ado_double_update_work_item.js'),
        },
        {
            $id: Now.ID['ado-double-read'],
            name: 'Get work item',
            method: 'GET',
            path: '/{organization}/{project}/_apis/wit/workitems/{id}',
            version: 1,
            produces: 'application/json',
            authentication: true,
            authorization: true,
            enforceAcl: [doubleAcl],
            script: Now.include('../../../dist/es5/demo/ado_double_read_work_item.js'),
        },
        {
            $id: Now.ID['ado-double-comment'],
            name: 'Add comment',
            method: 'POST',
            path: '/{organization}/{project}/_apis/wit/workItems/{id}/comments',
            version: 1,
            consumes: 'application/json',
            produces: 'application/json',
            authentication: true,
            authorization: true,
            enforceAcl: [doubleAcl],
            script: Now.include('../../../dist/es5/demo/ado_double_add_comment.js'),
        },
    ],
})
