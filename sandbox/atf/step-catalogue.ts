// Which step a sys_atf_step is and what its inputs mean. A built app names a step's configuration and each input only
// by the platform's sys_ids (sys_atf_step.step_config, sys_variable_value.variable); the catalogue of those ids is
// the one now-sdk compiles `atf.<category>.<step>(...)` with (its step-configs module), read here as data so the
// runner and the build agree by construction. The runner implements the step kinds listed below; any other step
// configuration, known to the SDK or not, fails its step loudly (runner.ts).
import path from 'node:path';

export interface StepInput {
  /** the input's column name on the platform (table, field_values, end_point...) */
  field: string;
  type: string;
  /** the value the SDK stores when the test leaves the input out */
  defaultValue?: string;
}

export interface StepConfig {
  sysId: string;
  /** the platform's name: 'Record Insert', 'Send REST Request - Inbound' */
  name: string;
  /** the Fluent call: 'server.recordInsert', 'rest.assertStatusCode' */
  call: string;
  /** the Fluent category: server, rest, form... (REST asserts must follow a REST request without a step of another
   * category in between) */
  category: string;
  /** by input variable sys_id */
  inputs: { [variableSysId: string]: StepInput };
}

/** Server steps the instance runs (packages/glide-emulator/glide/atf/server-steps.ts), by Fluent call. */
export const SERVER_STEPS: { [call: string]: string } = {
  'server.log': 'log',
  'server.impersonate': 'impersonate',
  'server.recordInsert': 'recordInsert',
  'server.recordUpdate': 'recordUpdate',
  'server.recordDelete': 'recordDelete',
  'server.recordQuery': 'recordQuery',
  'server.recordValidation': 'recordValidation',
  'server.runServerSideScript': 'runServerSideScript',
};

/** REST steps the runner sends and asserts itself (rest-steps.ts). */
export const REST_STEPS = [
  'rest.sendRestRequest',
  'rest.assertStatusCode',
  'rest.assertStatusCodeName',
  'rest.assertResponseTime',
  'rest.assertResponseHeader',
  'rest.assertResponsePayload',
  'rest.assertResponseJSONPayloadIsValid',
  'rest.assertJsonResponsePayloadElement',
];

/** Steps that wait: the platform repeats them until they pass or their timeout runs out (test-steps-server-category.md,
 * "Timeout": "If the validation fails, the system repeats the step until it reaches the duration of the timeout"). */
export const WAITING_STEPS = ['server.recordQuery', 'server.recordValidation'];

interface SdkVariable {
  field: string;
  inputVariableId: string;
  type: string;
  default?: unknown;
}

interface SdkStep {
  name: string;
  stepConfigId: string;
  variables: { [name: string]: SdkVariable };
}

let cached: { [sysId: string]: StepConfig } | undefined;

function defaultText(type: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (type === 'boolean') return value ? '1' : '0';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Every step configuration now-sdk knows, by sys_id. */
export function stepCatalogue(): { [sysId: string]: StepConfig } {
  if (cached) return cached;
  // The SDK's catalogue module is not in its package exports: reach it beside the package's entry point.
  const file = path.join(path.dirname(require.resolve('@servicenow/sdk-build-plugins')), 'atf', 'step-configs.js');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const sdk = require(file) as { ToRecordStepConfigs: { [category: string]: { [call: string]: SdkStep } } };
  const out: { [sysId: string]: StepConfig } = {};
  for (const [category, steps] of Object.entries(sdk.ToRecordStepConfigs)) {
    for (const [call, step] of Object.entries(steps)) {
      const inputs: StepConfig['inputs'] = {};
      for (const variable of Object.values(step.variables)) {
        inputs[variable.inputVariableId] = { field: variable.field, type: variable.type, defaultValue: defaultText(variable.type, variable.default) };
      }
      out[step.stepConfigId] = { sysId: step.stepConfigId, name: step.name, call: `${category}.${call}`, category, inputs };
    }
  }
  cached = out;
  return out;
}

export function implemented(call: string): boolean {
  return Object.prototype.hasOwnProperty.call(SERVER_STEPS, call) || REST_STEPS.includes(call);
}
