// The inbound fuzz against the built app where it really runs: the same seeded malformed requests as the in-process
// fuzz (malformed-requests.ts), sent over real HTTP to a sandbox whose script engine is Rhino, the engine family of an
// instance. In process, Node's JSON.parse and stack cope with what kills Rhino (a body nested 100,000 levels deep); here
// an engine death shows as a 500, as the restart the sandbox makes, and in the figures.
// What a request changed is what the engine reported its calls committed (the sandbox's CommittedData): rows
// inserted, updated or deleted outside the integration log count, as in process. A dump before and after the whole
// run is compared as well, so a change the per-request account missed would still show (the tables a restored engine
// takes from the build, with new sys_ids, left out: database-restore.ts).
// A few inputs cannot travel over HTTP as generated. A header value with a line break or a character beyond Latin-1,
// which Node refuses to send, gets '?' in their place (a wrong secret stays wrong): counted as adjusted. A header
// value with leading or trailing spaces is another value over HTTP, which drops them (RFC 9110, 5.5: " secret" IS the
// secret there): such an input is not sent, and counted as skipped.
import type { InstanceHttpResponse } from '@incb/glide-emulator';
import { TABLES_FROM_BUILD } from '@incb/glide-emulator';
import type { SessionSnapshot } from '@incb/glide-emulator';
import type { LoadedApp } from '@incb/glide-emulator/loader';
import { rhinoAvailability } from '@incb/glide-emulator/runtime';
import type { CommitReport } from '../committed-data';
import { basicAuth, send, startHttpFuzzBed } from './http-fuzz-bed';
import { countAnswer, emptyFuzzReport, fuzzFailed, InboundFuzzReport } from './inbound-fuzz';
import { FuzzInput, malformedRequests } from './malformed-requests';
import { RecordChanges, recordChanges, TABLES_REFUSALS_MAY_WRITE } from './record-changes';
import { Progress, silentProgress } from '../progress';

const LOG_TABLE = 'x_incb_bridge_log';

export interface HttpFuzzReport extends InboundFuzzReport {
  engine: 'rhino' | 'node';
  /** why the engine is not Rhino, when it is not */
  engineFallback?: string;
  /** engines the sandbox restarted after a death during the run (must be 0) */
  engineDeaths: number;
  /** inputs whose header values had characters HTTP cannot carry replaced */
  adjusted: number;
  /** inputs not sent: their header values have spaces around them, which HTTP drops (then they are not malformed) */
  skipped: number;
  /** rows changed outside the integration log between a dump before and one after the whole run (must be 0) */
  wholeRun: { inserted: number; updated: number; deleted: number };
  /** sandbox start and bed set-up, ms */
  startupMs: number;
}

export interface HttpFuzzOptions {
  app: LoadedApp;
  seed: number;
  /** as in FuzzOptions */
  scale?: number;
  /** default rhino; without Java or Rhino the node engine runs instead, and the report says why */
  engine?: 'rhino' | 'node';
  /** the sandbox's own lines (an engine failure is said there) */
  log?: (line: string) => void;
  /** where the run says how far it is (default: nowhere) */
  progress?: Progress;
}

/** characters Node refuses in a header value: controls but tab, and anything beyond Latin-1 */
const NOT_IN_A_HEADER = /[^\t\x20-\x7e\x80-\xff]/g;
/** characters a request target cannot carry unencoded (a surrogate pair as one) */
const NOT_IN_A_TARGET = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\x21-\x7e]/g;

function encodeCharacter(c: string): string {
  try {
    return encodeURIComponent(c);
  } catch (e) {
    // a lone surrogate: what a UTF-8 encoder sends for it (U+FFFD)
    return '%EF%BF%BD';
  }
}

/** The input as an HTTP request: target, headers, body; `adjusted` when a header value had to change. */
function toHttp(input: FuzzInput): { target: string; headers: { [name: string]: string }; body: Buffer; adjusted: boolean; unsendable: boolean } {
  const request = input.request;
  const query = Object.keys(request.query)
    .flatMap((name) => request.query[name].map((value) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`))
    .join('&');
  const target = request.path.replace(NOT_IN_A_TARGET, encodeCharacter) + (query ? `?${query}` : '');
  const headers: { [name: string]: string } = {};
  let adjusted = false;
  let unsendable = false;
  for (const name of Object.keys(request.headers)) {
    const value = request.headers[name].replace(NOT_IN_A_HEADER, '?');
    adjusted = adjusted || value !== request.headers[name];
    unsendable = unsendable || /^[ \t]|[ \t]$/.test(value);
    headers[name] = value;
  }
  if (request.user !== null) headers.authorization = basicAuth(request.user);
  const body = request.bodyBase64 !== undefined ? Buffer.from(request.bodyBase64, 'base64') : Buffer.from(request.body || '', 'utf8');
  return { target, headers, body, adjusted, unsendable };
}

/** The data of a dump: what a restart restores (the tables derived from the build are not data). */
function data(snapshot: SessionSnapshot): SessionSnapshot['database'] {
  const tables: SessionSnapshot['database']['tables'] = {};
  for (const table of Object.keys(snapshot.database.tables)) if (TABLES_FROM_BUILD.indexOf(table) < 0) tables[table] = snapshot.database.tables[table];
  return { tables, numbers: snapshot.database.numbers };
}

/** What the calls of one request committed, outside and inside the integration log. */
function changesOf(commits: CommitReport[]): { changes: RecordChanges; logRowsAdded: number } {
  const changes: RecordChanges = { inserted: 0, updated: 0, deleted: 0, detail: [] };
  let logRowsAdded = 0;
  for (const commit of commits) {
    for (const table of Object.keys(commit.tables)) {
      const counts = commit.tables[table];
      if (table === LOG_TABLE) logRowsAdded += counts.inserted;
      if (TABLES_REFUSALS_MAY_WRITE.indexOf(table) >= 0) continue;
      changes.inserted += counts.inserted;
      changes.updated += counts.updated;
      changes.deleted += counts.deleted;
      changes.detail.push(`${table}: inserted ${counts.inserted}, updated ${counts.updated}, deleted ${counts.deleted}`);
    }
  }
  return { changes, logRowsAdded };
}

export async function runInboundFuzzOverHttp(options: HttpFuzzOptions): Promise<HttpFuzzReport> {
  const started = Date.now();
  let engine = options.engine ?? 'rhino';
  let engineFallback: string | undefined;
  if (engine === 'rhino') {
    const availability = rhinoAvailability();
    if (!availability.available) {
      engine = 'node';
      engineFallback = availability.reason;
    }
  }
  let commits: CommitReport[] = [];
  const bed = await startHttpFuzzBed(options.app, engine, (commit) => commits.push(commit), options.log ?? (() => undefined));
  try {
    const before = (await bed.sandbox.session.dump()).value;
    const inputs = malformedRequests(options.seed, bed.targets, options.scale);
    const report: HttpFuzzReport = { ...emptyFuzzReport(options.seed, inputs.length), engine, engineFallback, engineDeaths: 0, adjusted: 0, skipped: 0, wholeRun: { inserted: 0, updated: 0, deleted: 0 }, startupMs: bed.startupMs };
    const progress = options.progress ?? silentProgress();
    progress.start('inbound fuzz over HTTP', inputs.length, 'inputs', `${engine} engine`);
    let done = 0;
    for (const input of inputs) {
      progress.update(done++, () => `engine deaths ${bed.sandbox.session.restarts()}`);
      const request = toHttp(input);
      if (request.unsendable) {
        report.skipped++;
        report.inputs--;
        continue;
      }
      if (request.adjusted) report.adjusted++;
      commits = [];
      const answer = await send(bed.sandbox.url, input.request.method, request.target, request.headers, request.body);
      const response: InstanceHttpResponse = { status: answer.status, headers: answer.headers, body: answer.body };
      const { changes, logRowsAdded } = changesOf(commits);
      countAnswer(report, input, response, changes, logRowsAdded);
      // a dead engine restarts meanwhile: wait for it, so the next input meets a serving engine
      if (bed.sandbox.session.state() === 'restarting') await bed.sandbox.session.serving().catch(() => undefined);
    }
    progress.end(`engine deaths ${bed.sandbox.session.restarts()}`);
    const after = (await bed.sandbox.session.dump()).value;
    const whole = recordChanges(data(before), data(after));
    report.wholeRun = { inserted: whole.inserted, updated: whole.updated, deleted: whole.deleted };
    report.engineDeaths = bed.sandbox.session.restarts() + (bed.sandbox.session.state() === 'serving' ? 0 : 1);
    report.wallMs = Date.now() - started;
    return report;
  } finally {
    await bed.sandbox.stop();
  }
}

/** The zeros of the in-process fuzz, plus: no engine death, and nothing changed over the whole run. */
export function httpFuzzFailed(report: HttpFuzzReport): boolean {
  return fuzzFailed(report) || report.engineDeaths > 0 || report.wholeRun.inserted + report.wholeRun.updated + report.wholeRun.deleted > 0;
}
