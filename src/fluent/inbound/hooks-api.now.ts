// POST /api/x_incb_bridge/v1/hooks/azure-devops/{connection} (also /api/x_incb_bridge/hooks/...: v1 is the default
// version): Azure DevOps service hooks deliver work item events here, authenticated as an integration user (basic
// auth) holding x_incb_bridge.integration. The REST endpoint ACL below is enforced on the API and on the route,
// replacing the platform's default Scripted REST ACL; admins may call it too (to replay an event by hand).
import { Acl, RestApi } from '@servicenow/sdk/core'
import { adminRole, integrationRole } from '../roles.now'

export const hooksEndpointAcl = Acl({
    $id: Now.ID['hooks-api-acl'],
    type: 'rest_endpoint',
    name: 'x_incb_bridge.hooks',
    operation: 'execute',
    roles: [integrationRole, adminRole],
    description: 'Systems calling the Incident Bridge web hooks (the Azure DevOps service hook user) and Incident Bridge admins',
})

RestApi({
    $id: Now.ID['hooks-api'],
    name: 'Incident Bridge hooks',
    serviceId: 'hooks',
    namespace: 'x_incb_bridge',
    shortDescription: 'Web hooks remote systems call: Azure DevOps service hook events for linked work items',
    consumes: 'application/json',
    produces: 'application/json',
    enforceAcl: [hooksEndpointAcl],
    versions: [
        {
            $id: Now.ID['hooks-api-v1'],
            version: 1,
            isDefault: true,
            active: true,
            shortDescription: 'First version',
        },
    ],
    routes: [
        {
            $id: Now.ID['hooks-api-v1-azure-devops'],
            name: 'Azure DevOps service hook',
            method: 'POST',
            path: '/azure-devops/{connection}',
            version: 1,
            shortDescription:
                'A work item event (workitem.created, updated, commented, deleted, restored; resource version 1.0) for the connection named by sys_id or name; stored in the inbox and applied asynchronously',
            consumes: 'application/json',
            produces: 'application/json',
            authentication: true,
            authorization: true,
            enforceAcl: [hooksEndpointAcl],
            parameters: [
                {
                    $id: Now.ID['hooks-api-v1-azure-devops-connection'],
                    name: 'connection',
                    required: true,
                    shortDescription: 'The connection\'s sys_id or name',
                    exampleValue: 'Fabrikam ADO',
                },
            ],
            headers: [
                {
                    $id: Now.ID['hooks-api-v1-azure-devops-secret'],
                    name: 'X-Incident-Bridge-Secret',
                    required: false,
                    shortDescription: 'The connection\'s inbound secret; required when the connection has one',
                },
            ],
            script: Now.include('../../../dist/es5/entry/rest/hooks_azure_devops_post.js'),
        },
    ],
})
