// ATF, demo data only: the outbound round trip through the Azure DevOps test double (../demo/ado-double.now.ts). An
// incident that matches the test connection's trigger is created in Azure DevOps by the background dispatcher, the
// work item's id comes back in correlation_id with a link and a "Linked to" work note, and none of that write-back is
// sent back out (no echo); a later work note is sent as a comment. Every record here carries $meta.installMethod
// 'demo' (unload.demo/ of the package): a production install has neither this test nor the double. now-sdk 4.9.0's
// types lack $meta on Test and its steps although its build honours it, hence the @ts-expect-error lines.
import { Record, Test } from '@servicenow/sdk/core'
import { atfHookProfile } from './test-users.now'

export const roundTripTest = Test(
    {
        $id: Now.ID['atf-test-round-trip'],
        // @ts-expect-error installed with the demo data only
        $meta: { installMethod: 'demo' },
        name: 'Incident Bridge: outbound round trip (test double)',
        description:
            'Makes an outbound connection to the Azure DevOps test double on this instance (signing in as incb.atf.hook), saves an incident matching its trigger and waits for the dispatcher: correlation_id holds the new work item id, the link is linked, the create entry is sent, nothing else is queued or sent (no echo of the write-back); a work note then goes out as a comment. Deletes the connection and its rows at the end.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const connection = atf.server.recordInsert({
            $id: Now.ID['atf-trip-connection'],
            // @ts-expect-error installed with the demo data only
            $meta: { installMethod: 'demo' },
            table: 'x_incb_bridge_connection',
            fieldValues: {
                name: '[Incident Bridge ATF] round trip',
                label: 'Azure DevOps (test double)',
                type: 'azure_devops',
                active: true,
                base_url: 'https://incident-bridge-atf.invalid',
                ado_organization: 'incident-bridge-atf',
                ado_project: 'round-trip',
                auth_type: 'basic',
                basic_auth_profile: atfHookProfile.$id,
                sync_direction: 'outbound',
                sync_work_notes: true,
                trigger_condition: 'short_descriptionSTARTSWITH[Incident Bridge ATF] round trip',
                value_map_preset: 'basic',
            },
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf-trip-point'],
            // @ts-expect-error installed with the demo data only
            $meta: { installMethod: 'demo' },
            script: Now.include('../../../dist/es5/atf/point_at_double.js'),
        })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf-trip-incident'],
            // @ts-expect-error installed with the demo data only
            $meta: { installMethod: 'demo' },
            table: 'incident',
            fieldValues: { short_description: '[Incident Bridge ATF] round trip: checkout fails', impact: '2', urgency: '2' },
        })
        atf.server.recordValidation({
            $id: Now.ID['atf-trip-written-back'],
            // @ts-expect-error installed with the demo data only
            $meta: { installMethod: 'demo' },
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: 'correlation_idISNOTEMPTY^correlation_display=Azure DevOps (test double)',
            timeout: { seconds: 60 },
        })
        atf.server.recordQuery({
            $id: Now.ID['atf-trip-linked'],
            // @ts-expect-error installed with the demo data only
            $meta: { installMethod: 'demo' },
            table: 'x_incb_bridge_link',
            fieldValues: `connection=${connection.record_id}^incident=${incident.record_id}^state=linked^remote_idISNOTEMPTY`,
        })
        atf.server.recordQuery({
            $id: Now.ID['atf-trip-linked-note'],
            // @ts-expect-error installed with the demo data only
            $meta: { installMethod: 'demo' },
            table: 'sys_journal_field',
            fieldValues: `name=incident^element=work_notes^element_id=${incident.record_id}^valueLIKELinked to Azure DevOps work item`,
        })
        atf.server.recordQuery({
            $id: Now.ID['atf-trip-sent'],
            // @ts-expect-error installed with the demo data only
            $meta: { installMethod: 'demo' },
            table: 'x_incb_bridge_outbox',
            fieldValues: `connection=${connection.record_id}^incident=${incident.record_id}^operation=create^state=sent`,
        })
        atf.server.recordQuery({
            $id: Now.ID['atf-trip-no-echo'],
            // @ts-expect-error installed with the demo data only
            $meta: { installMethod: 'demo' },
            table: 'x_incb_bridge_outbox',
            fieldValues: `connection=${connection.record_id}^state!=sent`,
            assert: 'no_records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf-trip-one-request'],
            // @ts-expect-error installed with the demo data only
            $meta: { installMethod: 'demo' },
            table: 'x_incb_bridge_log',
            fieldValues: `connection=${connection.record_id}^direction=outbound^method!=POST`,
            assert: 'no_records_match_query',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf-trip-note'],
            // @ts-expect-error installed with the demo data only
            $meta: { installMethod: 'demo' },
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: { work_notes: 'Incident Bridge ATF: a work note for Azure DevOps' },
        })
        atf.server.recordQuery({
            $id: Now.ID['atf-trip-comment-sent'],
            // @ts-expect-error installed with the demo data only
            $meta: { installMethod: 'demo' },
            table: 'x_incb_bridge_log',
            fieldValues: `connection=${connection.record_id}^direction=outbound^endpointLIKE/comments^outcome=success`,
            timeout: { seconds: 60 },
        })
        atf.server.recordQuery({
            $id: Now.ID['atf-trip-no-echo-after-note'],
            // @ts-expect-error installed with the demo data only
            $meta: { installMethod: 'demo' },
            table: 'x_incb_bridge_outbox',
            fieldValues: `connection=${connection.record_id}^state!=sent`,
            assert: 'no_records_match_query',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf-trip-cleanup'],
            // @ts-expect-error installed with the demo data only
            $meta: { installMethod: 'demo' },
            script: Now.include('../../../dist/es5/atf/cleanup.js'),
        })
    }
)

export const roundTripSuite = Record({
    $id: Now.ID['atf-suite-round-trip'],
    $meta: { installMethod: 'demo' },
    table: 'sys_atf_test_suite',
    data: {
        name: 'Incident Bridge: demo round trip',
        active: true,
        description:
            'Needs the app\'s demo data (the Azure DevOps test double) and the test user incb.atf.hook: outbound create, write-back and no echo without an Azure DevOps organization. Run "Incident Bridge: install check" first.',
    },
})

Record({
    $id: Now.ID['atf-suite-round-trip-member'],
    $meta: { installMethod: 'demo' },
    table: 'sys_atf_test_suite_test',
    data: { test_suite: roundTripSuite, test: roundTripTest, order: 100, abort_on_failure: false },
})

