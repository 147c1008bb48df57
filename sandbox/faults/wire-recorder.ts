// Between the emulated instance and the Azure DevOps fake: records every request with the simulated time it was
// sent, learns the windows Azure DevOps asked for (a 429 or 503 with Retry-After) and counts requests sent inside
// one; plays a worker that dies right after Azure DevOps carried out a request (the instance's writes from then on
// are undone by the simulation; the dead worker sends nothing more); and plays a misbehaving proxy whose error page
// quotes the request's Authorization header (redaction must keep it out of the log).
import type { HttpRequest, HttpResponse, HttpTransport, Instance } from '@incb/glide-emulator';
import { parseRetryAfter } from '../../src/app/core/delivery';

export interface WireRecord {
  atMs: number;
  method: string;
  url: string;
  status: number;
}

export interface WireStats {
  requests: WireRecord[];
  /** windows asked for: [start, end) in simulated ms */
  windows: Array<{ fromMs: number; untilMs: number; status: number }>;
  /** requests sent while a window was open */
  insideWindow: WireRecord[];
  deaths: number;
  proxyEchoes: number;
}

function header(headers: { [name: string]: string }, name: string): string | undefined {
  for (const key of Object.keys(headers || {})) if (key.toLowerCase() === name) return headers[key];
  return undefined;
}

export class WireRecorder implements HttpTransport {
  readonly stats: WireStats = { requests: [], windows: [], insideWindow: [], deaths: 0, proxyEchoes: 0 };
  private dieAfterNextWrite = false;
  private deathSnapshot: ReturnType<Instance['db']['dump']> | null = null;
  private echoes = 0;
  /** 1 while the other workers run inside a request (their own requests start no further workers, and none of them
   * dies: a death undoes the instance's writes from that moment on, and only the dead worker's are lost) */
  private depth = 0;
  /** runs the other workers while a request is in flight (workers.ts); none: one worker */
  interleave: (() => void) | null = null;

  constructor(private readonly inner: HttpTransport, private readonly instance: Instance) {}

  /** The worker serving the next POST/PATCH dies right after Azure DevOps carried it out. */
  armDeath(): void {
    this.dieAfterNextWrite = true;
  }

  /** Whether an armed death or echo still waits for its request. */
  pending(): boolean {
    return this.dieAfterNextWrite || this.echoes > 0;
  }

  /** Faults are over: no worker dies any more, no proxy echoes. */
  disarm(): void {
    this.dieAfterNextWrite = false;
    this.echoes = 0;
  }

  /** The next `count` requests meet a proxy answering 502 with the Authorization header in its error page. */
  armProxyEcho(count: number): void {
    this.echoes = count;
  }

  /** After a step of the simulation: if a worker died in it, the instance goes back to the moment it died. */
  settleDeath(): boolean {
    if (!this.deathSnapshot) return false;
    this.instance.db.load(this.deathSnapshot);
    this.deathSnapshot = null;
    return true;
  }

  send(request: HttpRequest): HttpResponse {
    const atMs = this.instance.clock.now();
    if (this.deathSnapshot) return { status: 0, headers: {}, body: '', errorCode: 1, errorMessage: 'the worker stopped' };
    const record: WireRecord = { atMs, method: request.method, url: request.url, status: 0 };
    if (this.stats.windows.some((w) => atMs >= w.fromMs && atMs < w.untilMs)) this.stats.insideWindow.push(record);
    this.stats.requests.push(record);
    // While this request is on the wire, the other workers run (after it was recorded: a window one of them learns
    // cannot have been known when this one was sent). A request armed to die interleaves too: the others finish before
    // its worker dies, so the death snapshot holds their commits, and only what comes after the death is undone.
    if (this.interleave && this.depth === 0) {
      this.depth++;
      try {
        this.interleave();
      } finally {
        this.depth--;
      }
    }
    let response: HttpResponse;
    if (this.echoes > 0) {
      this.echoes--;
      this.stats.proxyEchoes++;
      const authorization = header(request.headers, 'authorization') || '';
      response = { status: 502, headers: { 'Content-Type': 'text/html' }, body: `<html><body><h1>502 Bad Gateway</h1><p>upstream failed for ${request.method} ${request.url} with Authorization: ${authorization}</p></body></html>` };
    } else {
      response = this.inner.send(request);
    }
    record.status = response.status;
    const retryAfter = header(response.headers, 'retry-after');
    if ((response.status === 429 || response.status === 503) && retryAfter) {
      const delay = parseRetryAfter(retryAfter, atMs);
      if (delay) this.stats.windows.push({ fromMs: atMs, untilMs: atMs + delay, status: response.status });
    }
    // Dies only after Azure DevOps carried a write out (2xx): an answer the worker never passed on (a 429's window,
    // say) would otherwise be known to nobody but the test.
    if (this.dieAfterNextWrite && this.depth === 0 && (request.method === 'POST' || request.method === 'PATCH') && response.status >= 200 && response.status <= 299) {
      this.dieAfterNextWrite = false;
      this.stats.deaths++;
      this.deathSnapshot = this.instance.db.dump();
      return { status: 0, headers: {}, body: '', errorCode: 1, errorMessage: 'the worker stopped' };
    }
    return response;
  }
}
