// Every record kind the loader maps, with the edge cases that matter: inherited-column overrides, inactive and
// out-of-order choices, each business rule timing, a script containing "]]>" and XML special characters, a route
// left on the platform's default ACL, a deprecated non-default API version, an unversioned API and demo data.
import {
    Acl,
    BusinessRule,
    ChoiceColumn,
    OverrideColumn,
    Property,
    Record,
    RestApi,
    Role,
    ScheduledScript,
    ScriptAction,
    ScriptInclude,
    StringColumn,
    Table,
} from '@servicenow/sdk/core'

export const reader = Role({ name: 'x_incb_fixture.reader', description: 'Reads things' })
export const boss = Role({ name: 'x_incb_fixture.boss', containsRoles: [reader, 'itil'] })

export const x_incb_fixture_thing = Table({
    name: 'x_incb_fixture_thing',
    label: 'Thing',
    extends: 'task',
    extensible: true,
    display: 'code',
    autoNumber: { prefix: 'THG', number: 1000, numberOfDigits: 7 },
    schema: {
        code: StringColumn({ label: 'Code', maxLength: 20, default: 'abc', mandatory: true }),
        kind: ChoiceColumn({
            label: 'Kind',
            choices: {
                b: { label: 'Bee', sequence: 2 },
                a: { label: 'Ay', sequence: 1 },
                z: { label: 'Zed', sequence: 3, inactive: true },
            },
        }),
        owner: StringColumn({ label: 'Owner', readOnly: true }),
        priority: OverrideColumn({ baseTable: 'task', mandatory: true, default: '2' }),
    },
    index: [{ name: 'x_incb_fixture_thing_code', unique: true, element: ['code', 'kind'] }],
})

BusinessRule({
    $id: Now.ID['br-before'],
    name: 'Before insert or update',
    table: 'incident',
    when: 'before',
    action: ['insert', 'update'],
    order: 50,
    filterCondition: 'active=true^priority=1',
    condition: 'current.state != 7',
    script: 'if (a[b[0]]>1 && c < d) { current.short_description = "x & y"; }',
})
BusinessRule({ $id: Now.ID['br-async'], name: 'Async after update', table: 'incident', when: 'async', action: ['update'], script: 'gs.info("async");' })
BusinessRule({ $id: Now.ID['br-display'], name: 'Inactive display', table: 'incident', when: 'display', active: false, script: 'g_scratchpad.x = 1;' })
BusinessRule({ $id: Now.ID['br-after'], name: 'After delete', table: 'x_incb_fixture_thing', when: 'after', action: ['delete'], script: 'gs.info("gone");' })

Record({
    $id: Now.ID['event-sync-requested'],
    table: 'sysevent_register',
    data: {
        suffix: 'sync.requested',
        event_name: 'x_incb_fixture.sync.requested',
        table: 'incident',
        description: 'A sync was requested',
        fired_by: 'Business Rule: Before insert or update',
        priority: 200,
    },
})

ScriptAction({
    $id: Now.ID['sa-sync'],
    name: 'On sync requested',
    eventName: 'x_incb_fixture.sync.requested',
    active: true,
    order: 10,
    conditionScript: 'event.parm1 != ""',
    script: 'gs.info(event.parm1);',
})

ScheduledScript({
    $id: Now.ID['job-cleanup'],
    name: 'Cleanup',
    frequency: 'periodically',
    executionInterval: { days: 1, hours: 1, minutes: 30 },
    executionStart: '2026-01-01 00:00:00',
    script: 'gs.info("cleanup");',
})
ScheduledScript({
    $id: Now.ID['job-daily'],
    name: 'Daily',
    active: false,
    frequency: 'daily',
    executionTime: { hours: 2, minutes: 15, seconds: 0 },
    executionStart: '2026-01-01 00:00:00',
    timeZone: 'UTC',
    script: 'gs.info("daily");',
})

ScriptInclude({
    $id: Now.ID['si-helper'],
    name: 'FixtureHelper',
    apiName: 'x_incb_fixture.FixtureHelper',
    accessibleFrom: 'public',
    script: Now.include('../../scripts/FixtureHelper.js'),
})

Property({ $id: Now.ID['prop-limit'], name: 'x_incb_fixture.limit', type: 'integer', value: 7, roles: { read: [reader], write: [boss, 'admin'] } })

const apiAcl = Acl({ $id: Now.ID['api-acl'], type: 'rest_endpoint', name: 'x_incb_fixture.api', operation: 'execute', roles: [boss, 'itil'] })
Acl({
    $id: Now.ID['thing-code-read'],
    type: 'record',
    table: 'x_incb_fixture_thing',
    field: 'code',
    operation: 'read',
    roles: [reader],
    condition: 'active=true',
    adminOverrides: false,
})
Acl({ $id: Now.ID['thing-write-script'], type: 'record', table: 'x_incb_fixture_thing', operation: 'write', script: 'answer = false;' })

RestApi({
    $id: Now.ID['api'],
    name: 'Fixture API',
    serviceId: 'things',
    consumes: 'application/json',
    enforceAcl: [apiAcl],
    versions: [
        { $id: Now.ID['api-v1'], version: 1, deprecated: true },
        { $id: Now.ID['api-v2'], version: 2, isDefault: true },
    ],
    routes: [
        { $id: Now.ID['api-v1-get'], name: 'get thing v1', method: 'GET', path: '/items/{id}', version: 1, script: 'response.setBody({ v: 1 });', enforceAcl: [apiAcl] },
        { $id: Now.ID['api-v2-get'], name: 'get thing v2', method: 'GET', path: '/items/{id}/', version: 2, script: 'response.setBody({ v: 2 });', enforceAcl: [apiAcl] },
        {
            $id: Now.ID['api-v2-post'],
            name: 'create thing',
            method: 'POST',
            path: '/items',
            version: 2,
            authentication: false,
            authorization: false,
            consumes: 'application/json',
            produces: 'application/json',
            script: 'response.setStatus(201);',
        },
    ],
})
RestApi({ $id: Now.ID['plain-api'], name: 'Plain', serviceId: 'plain', routes: [{ $id: Now.ID['plain-get'], name: 'root', method: 'GET', script: 'response.setBody({});', enforceAcl: [apiAcl] }] })

Record({ $id: Now.ID['demo-thing'], $meta: { installMethod: 'demo' }, table: 'x_incb_fixture_thing', data: { code: 'demo', short_description: 'Demo thing' } })
