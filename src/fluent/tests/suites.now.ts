// The app's ATF suites. "Incident Bridge: install check" runs on any install, production included: its tests need
// the two test users of test-users.now.ts and nothing else; it holds one smaller suite per area. "Incident Bridge:
// demo round trip" (demo-round-trip.now.ts) needs the demo data (the Azure DevOps test double) and is installed only
// with it.
import { Record } from '@servicenow/sdk/core'
import { agentApiTest } from './agent-api.now'
import { captureTest, privilegesTest } from './capture-and-privileges.now'
import { hooksTest } from './hooks.now'

export const installCheckSuite = Record({
    $id: Now.ID['atf-suite-install-check'],
    table: 'sys_atf_test_suite',
    data: {
        name: 'Incident Bridge: install check',
        active: true,
        description:
            'Shows every core flow of Incident Bridge working on this instance, with the app\'s privileges and the instance\'s own rules and choices. Needs the test users incb.atf.agent and incb.atf.hook (docs/guides/verify-on-your-instance.md).',
    },
})

const privilegesSuite = Record({
    $id: Now.ID['atf-suite-privileges'],
    table: 'sys_atf_test_suite',
    data: { name: 'Incident Bridge: privileges', active: true, parent: installCheckSuite, description: 'The app\'s cross-scope privileges are in effect.' },
})
const captureSuite = Record({
    $id: Now.ID['atf-suite-capture'],
    table: 'sys_atf_test_suite',
    data: { name: 'Incident Bridge: capture', active: true, parent: installCheckSuite, description: 'A save queues outbound work and sends nothing.' },
})
const agentSuite = Record({
    $id: Now.ID['atf-suite-agent'],
    table: 'sys_atf_test_suite',
    data: {
        name: 'Incident Bridge: agent API',
        active: true,
        parent: installCheckSuite,
        description: 'The agent API and the health route over HTTP, as an agent, and refused without the role.',
    },
})
const hooksSuite = Record({
    $id: Now.ID['atf-suite-hooks'],
    table: 'sys_atf_test_suite',
    data: { name: 'Incident Bridge: Azure DevOps hooks', active: true, parent: installCheckSuite, description: 'Service hook deliveries change the linked incident.' },
})

Record({
    $id: Now.ID['atf-suite-privileges-member'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: privilegesSuite, test: privilegesTest, order: 100, abort_on_failure: false },
})
Record({
    $id: Now.ID['atf-suite-capture-member'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: captureSuite, test: captureTest, order: 100, abort_on_failure: false },
})
Record({
    $id: Now.ID['atf-suite-agent-member'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: agentSuite, test: agentApiTest, order: 100, abort_on_failure: false },
})
Record({
    $id: Now.ID['atf-suite-hooks-member'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: hooksSuite, test: hooksTest, order: 100, abort_on_failure: false },
})
