// What the dry-run route answers: the requests a sync would send for an incident, without sending them (or, with
// validateOnly, sent so that the remote side only validates them). Types only, in their own module because a script
// include module exports only its class.

/** One request exactly as the sync would send it. Values only known after sending (a new remote record's id, an
 * uploaded attachment's URL, the rev after an earlier request) appear as placeholders in braces: {id},
 * {attachmentUrl}, {rev}. */
export interface DryRunRequest {
  method: string;
  url: string;
  headers: { [name: string]: string };
  body: string;
}

export interface DryRunResponse {
  /** index into `requests` */
  request: number;
  status: number;
  body: string;
}

export interface DryRunResult {
  /** incident field -> the remote field it goes to and comes back from through this connection (the description's
   * depends on the record type), shown even when the incident leaves a field empty */
  fields?: { [snField: string]: string };
  requests: DryRunRequest[];
  /** only with validateOnly: the remote side's answers to the create or update sent with validateOnly=true */
  responses?: DryRunResponse[];
  /** fields left out because their value has no value map entry */
  skipped: Array<{ field: string; value: string; reason: string }>;
  /** set when no dry run was possible (unknown incident or connection, connection misconfigured) */
  error?: string;
}
