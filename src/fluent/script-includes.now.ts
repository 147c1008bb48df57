// One script include per entry of src/app/includes.json: this file is the one place the Fluent side lists them
// (Fluent is static, so it cannot loop over the JSON). test/unit/loader checks that the built app has exactly the
// includes of includes.json, each with the text rollup built in dist/es5/includes/<Name>.js.
// Accessible from this scope only: nothing outside Incident Bridge is meant to call them.
import { ScriptInclude } from '@servicenow/sdk/core'

ScriptInclude({
    $id: Now.ID['script-include-IntegrationLogWriter'],
    name: 'IntegrationLogWriter',
    apiName: 'x_incb_bridge.IntegrationLogWriter',
    accessibleFrom: 'package_private',
    active: true,
    description: 'Writes the integration log (x_incb_bridge_log): redacts credentials, truncates bodies.',
    script: Now.include('../../dist/es5/includes/IntegrationLogWriter.js'),
})

ScriptInclude({
    $id: Now.ID['script-include-HealthApi'],
    name: 'HealthApi',
    apiName: 'x_incb_bridge.HealthApi',
    accessibleFrom: 'package_private',
    active: true,
    description: 'Handler of GET /api/x_incb_bridge/v1/health: app version and the health of each connection.',
    script: Now.include('../../dist/es5/includes/HealthApi.js'),
})
