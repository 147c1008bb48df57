// Progress lines for the long local runs (npm run faults, npm run bench): which phase runs and how far it is. They go
// to stderr, so a report on stdout (--json) stays what a program can parse. A phase says when it starts, then as it
// passes each tenth of its total (or, without a total, what it counts) but at most once every `everyMs`, unless a
// tenth has passed, and when it ends, with how long it took:
//   faults: fault run: started (60 simulated minutes active, then drain until settled)
//   faults: fault run: 30% (18 of 60 simulated minutes), 4.2 s
//   faults: fault run: done, 11.9 s
// Nothing but lines: no carriage returns or cursor moves, so a log file or a CI console shows the same.

export interface ProgressOptions {
  /** what the lines start with: the run's name */
  label: string;
  /** where lines go (default: stderr) */
  write?: (line: string) => void;
  /** the longest silence while a phase moves, in ms (default 5000) */
  everyMs?: number;
  /** the clock (default Date.now) */
  now?: () => number;
}

const DEFAULT_EVERY_MS = 5000;

export class Progress {
  private readonly write: (line: string) => void;
  private readonly everyMs: number;
  private readonly now: () => number;
  private phase = '';
  private total: number | undefined;
  private unit = '';
  private startedAt = 0;
  private lastLineAt = 0;
  private lastTenth = 0;

  constructor(private readonly options: ProgressOptions) {
    this.write = options.write ?? ((line) => process.stderr.write(line + '\n'));
    this.everyMs = options.everyMs ?? DEFAULT_EVERY_MS;
    this.now = options.now ?? Date.now;
  }

  /** A phase begins; `total` of `unit` is how far it goes, when that is known. */
  start(phase: string, total?: number, unit = '', note = ''): void {
    this.phase = phase;
    this.total = total !== undefined && total > 0 ? total : undefined;
    this.unit = unit;
    this.startedAt = this.lastLineAt = this.now();
    this.lastTenth = 0;
    const extent = this.total !== undefined ? `${this.total} ${unit}`.trim() : '';
    const said = [extent, note].filter((part) => part !== '').join(', ');
    this.line(`started${said ? ` (${said})` : ''}`);
  }

  /** How far the phase is: `done` of its total (or of what it counts); `note` adds what else is worth saying (a
   * function is only called when a line is written: it may cost a query). */
  update(done: number, note: string | (() => string) = ''): void {
    const at = this.now();
    const tenth = this.total !== undefined ? Math.floor((Math.min(done, this.total) / this.total) * 10) : 0;
    const passedTenth = tenth > this.lastTenth && tenth < 10;
    if (!passedTenth && at - this.lastLineAt < this.everyMs) return;
    this.lastTenth = Math.max(this.lastTenth, tenth);
    const where = this.total !== undefined ? `${Math.floor((Math.min(done, this.total) / this.total) * 100)}% (${done} of ${this.total}${this.unit ? ' ' + this.unit : ''})` : `${done}${this.unit ? ' ' + this.unit : ''}`;
    const said = typeof note === 'function' ? note() : note;
    this.line(`${where}${said ? ', ' + said : ''}, ${this.seconds(at)}`);
  }

  end(note = ''): void {
    this.line(`done${note ? ', ' + note : ''}, ${this.seconds(this.now())}`);
  }

  private seconds(at: number): string {
    return `${((at - this.startedAt) / 1000).toFixed(1)} s`;
  }

  private line(text: string): void {
    this.lastLineAt = this.now();
    this.write(`${this.options.label}: ${this.phase}: ${text}`);
  }
}

/** A Progress that says nothing (tests, callers that want no lines). */
export function silentProgress(): Progress {
  return new Progress({ label: '', write: () => undefined });
}
