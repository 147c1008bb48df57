// ATF: capture queues outbound work in the user's save and sends nothing there; the app's cross-scope privileges are
// in effect (every operation it needs on another scope's table works from its scope).
import { Test } from '@servicenow/sdk/core'

export const captureTest = Test(
    {
        $id: Now.ID['atf-test-capture'],
        name: 'Incident Bridge: capture',
        description:
            'Makes an outbound test connection that points nowhere (https://incident-bridge-atf.invalid) with a trigger matching one test incident, saves that incident and asserts, as soon as the save returns, exactly one queued create entry in the outbox for the connection and no integration log row (no request in the save). Deletes the connection and its rows at the end.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf-capture-check'],
            script: Now.include('../../../dist/es5/atf/capture_check.js'),
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf-capture-cleanup'],
            script: Now.include('../../../dist/es5/atf/cleanup.js'),
        })
    }
)

export const privilegesTest = Test(
    {
        $id: Now.ID['atf-test-privileges'],
        name: 'Incident Bridge: cross-scope privileges',
        description:
            'From the app scope, creates, reads and writes an incident, reads its work note (sys_journal_field) and a file attached to it (sys_attachment), the instance\'s close codes (sys_choice), the running user (sys_user) and the app record (sys_app), and reads the other tables the app needs when they have rows; fails naming every operation the instance refused.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf-privileges-check'],
            script: Now.include('../../../dist/es5/atf/privileges_check.js'),
        })
    }
)
