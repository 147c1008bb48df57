// The basic auth profiles the ATF suites' REST steps sign in with ("Send REST Request - Inbound" needs a basic auth
// profile with valid credentials of the instance it runs on: ServiceNowDocs application-development/
// automated-test-framework-atf/atf-create-basic-auth-profile.md). The package ships them with the user name and no
// password; an admin creates the two users with the roles below, gives them passwords and puts each password in its
// profile (docs/guides/verify-on-your-instance.md). Installed on the first install only: an upgrade never blanks a
// password the admin set.
//   incb.atf.agent  role x_incb_bridge.agent        the agent API and the health route
//   incb.atf.hook   role x_incb_bridge.integration  the Azure DevOps hook route; refused by the agent routes (403)
import { Record } from '@servicenow/sdk/core'

export const atfAgentProfile = Record({
    $id: Now.ID['atf-profile-agent'],
    table: 'sys_auth_profile_basic',
    $meta: { installMethod: 'first install' },
    data: {
        name: 'Incident Bridge ATF: agent (incb.atf.agent)',
        username: 'incb.atf.agent',
    },
})

export const atfHookProfile = Record({
    $id: Now.ID['atf-profile-hook'],
    table: 'sys_auth_profile_basic',
    $meta: { installMethod: 'first install' },
    data: {
        name: 'Incident Bridge ATF: service hook (incb.atf.hook)',
        username: 'incb.atf.hook',
    },
})
