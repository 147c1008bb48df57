// What the ATF runner (sandbox/atf, in Node) hands the instance for one server-side step, and what comes back. Plain
// JSON both ways: it crosses the Rhino and Node vm boundaries as text.

/** The server-side step kinds the instance runs (the REST steps are sent and asserted by the runner itself). */
export type AtfServerStepKind =
  | 'log'
  | 'impersonate'
  | 'recordInsert'
  | 'recordUpdate'
  | 'recordDelete'
  | 'recordQuery'
  | 'recordValidation'
  | 'runServerSideScript';

export interface AtfServerStepRequest {
  kind: AtfServerStepKind;
  /** the step's sys_id (steps() in a script finds earlier steps by theirs) */
  stepSysId: string;
  /** the application scope the step runs in (the step's Application field) */
  scope: string;
  /** user_name of the user the step runs as: the one who runs the test, or the one impersonated */
  user: string;
  /** input values by the step configuration's input field name (table, field_values, record_id, script...), data
   * pills already resolved */
  inputs: { [field: string]: string };
  /** output variables of the steps that ran before, by step sys_id */
  earlierOutputs: { [stepSysId: string]: { [name: string]: string } };
}

export interface AtfStepOutcome {
  status: 'success' | 'failure';
  /** the step result's Summary */
  summary: string;
  /** the step result's Output: what the step did, and why it failed */
  output: string;
  /** the step's output variables (table, record_id, first_record, user...) */
  outputs: { [name: string]: string };
  /** impersonate: the user_name later steps run as */
  impersonate?: string;
}

/** The credentials of a basic auth profile (sys_auth_profile_basic), for a Send REST Request - Inbound step. */
export interface AtfBasicAuth {
  found: boolean;
  username: string;
  password: string;
}

/** What a test's rollback found: the rows that existed before the test and were changed or deleted during it
 * (`touched`), and the rows the test created and left (`left`: what the rollback then removed). */
export interface AtfRollbackReport {
  touched: Array<{ table: string; sysId: string; deleted: boolean }>;
  left: Array<{ table: string; sysId: string }>;
}
