// The inbound fuzz: every inbound route of the built app (dist/app, as installed) receives seeded malformed requests
// through the emulated instance's HTTP surface (authentication, REST endpoint ACLs, the installed route scripts and
// script includes). Every answer must be a 4xx in ServiceNow's error JSON, and no record may change: the database is
// dumped before and after each request, and only integration log rows may be added (record-changes.ts says why).
import type { DatabaseDump } from '@incb/glide-emulator';
import type { InstanceHttpResponse } from '@incb/glide-emulator';
import type { LoadedApp } from '@incb/glide-emulator/loader';
import { createFuzzBed } from './fuzz-bed';
import { FuzzInput, malformedRequests } from './malformed-requests';
import { RecordChanges, recordChanges } from './record-changes';
import { Progress, silentProgress } from '../progress';

export interface FuzzFinding {
  route: string;
  kind: string;
  status: number;
  /** what is wrong with the answer or its effect */
  problems: string[];
  /** the start of the answer's body */
  body: string;
  changes: string[];
}

export interface RouteFigures {
  inputs: number;
  /** answers by status code */
  byStatus: { [status: string]: number };
}

export interface InboundFuzzReport {
  seed: number;
  inputs: number;
  routes: { [route: string]: RouteFigures };
  /** answers by class: '2xx', '4xx', '5xx'... */
  byClass: { [statusClass: string]: number };
  /** answers that are not in ServiceNow's error JSON */
  badErrorFormat: number;
  /** rows inserted, updated and deleted outside the integration log */
  records: { inserted: number; updated: number; deleted: number };
  logRowsAdded: number;
  findings: FuzzFinding[];
  wallMs: number;
}

export interface FuzzOptions {
  app: LoadedApp;
  seed: number;
  /** multiplies every route's number of inputs (each route keeps at least one input per kind of fault) */
  scale?: number;
  /** where the run says how far it is (default: nowhere) */
  progress?: Progress;
}

/** Why an answer is not ServiceNow's error JSON ({"error":{"message","detail"},"status":"failure"}), or ''. */
export function errorFormatProblem(response: InstanceHttpResponse): string {
  const type = Object.keys(response.headers).filter((name) => name.toLowerCase() === 'content-type').map((name) => response.headers[name])[0] || '';
  if (!/^application\/json/i.test(type)) return 'Content-Type is ' + (type || 'missing');
  let body: any;
  try {
    body = JSON.parse(response.body);
  } catch (e) {
    return 'the body is not JSON';
  }
  if (!body || body.status !== 'failure' || !body.error || typeof body.error !== 'object') return 'the body is not {"error": {...}, "status": "failure"}';
  if (typeof body.error.message !== 'string' || body.error.message === '') return 'error.message is not a non-empty string';
  if (body.error.detail !== null && typeof body.error.detail !== 'string') return 'error.detail is neither a string nor null';
  if ('result' in body) return 'an error answer carries a result';
  return '';
}

function logRows(dump: DatabaseDump): number {
  return (dump.tables['x_incb_bridge_log'] || []).length;
}

function statusClass(status: number): string {
  return Math.floor(status / 100) + 'xx';
}

/** A report of `inputs` inputs with nothing counted yet. */
export function emptyFuzzReport(seed: number, inputs: number): InboundFuzzReport {
  return { seed, inputs, routes: {}, byClass: {}, badErrorFormat: 0, records: { inserted: 0, updated: 0, deleted: 0 }, logRowsAdded: 0, findings: [], wallMs: 0 };
}

/** Counts one answer: its route and status class, its format, the rows its request changed outside the log. */
export function countAnswer(report: InboundFuzzReport, input: FuzzInput, response: InstanceHttpResponse, changes: RecordChanges, logRowsAdded: number): void {
  const route = (report.routes[input.route] = report.routes[input.route] || { inputs: 0, byStatus: {} });
  route.inputs++;
  route.byStatus[response.status] = (route.byStatus[response.status] || 0) + 1;
  const cls = statusClass(response.status);
  report.byClass[cls] = (report.byClass[cls] || 0) + 1;
  report.logRowsAdded += logRowsAdded;
  report.records.inserted += changes.inserted;
  report.records.updated += changes.updated;
  report.records.deleted += changes.deleted;
  const problems: string[] = [];
  if (cls !== '4xx') problems.push('answered ' + response.status);
  const format = errorFormatProblem(response);
  if (format) {
    report.badErrorFormat++;
    problems.push(format);
  }
  if (changes.detail.length) problems.push('changed records');
  if (problems.length) {
    report.findings.push({ route: input.route, kind: input.kind, status: response.status, problems, body: response.body.substring(0, 300), changes: changes.detail });
  }
}

export function runInboundFuzz(options: FuzzOptions): InboundFuzzReport {
  const started = Date.now();
  const bed = createFuzzBed(options.app);
  const inputs: FuzzInput[] = malformedRequests(options.seed, bed.targets, options.scale);
  const report = emptyFuzzReport(options.seed, inputs.length);
  const progress = options.progress ?? silentProgress();
  progress.start('inbound fuzz', inputs.length, 'inputs');
  inputs.forEach((input, done) => {
    const before = bed.instance.db.dump();
    const response = bed.http.handle(input.request);
    const after = bed.instance.db.dump();
    countAnswer(report, input, response, recordChanges(before, after), logRows(after) - logRows(before));
    progress.update(done + 1);
  });
  progress.end();
  report.wallMs = Date.now() - started;
  return report;
}

/** The zeros the fuzz must hold: no answer outside 4xx, none outside the error format, no record changed. */
export function fuzzFailed(report: InboundFuzzReport): boolean {
  const notClientErrors = report.inputs - (report.byClass['4xx'] || 0);
  return notClientErrors + report.badErrorFormat + report.records.inserted + report.records.updated + report.records.deleted > 0;
}
