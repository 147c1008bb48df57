// The static checker of the built app's Glide calls: every .js under dist/es5 (what is installed on the instance;
// not dist/emulator) parsed as ES5, its values followed by a flow analysis (glide-calls/evaluate.ts) and its Glide
// calls compared with the scoped API allowlist (packages/glide-emulator/glide/scoped-api/scoped-api.json). See glide-calls/report.ts
// for the checks and glide-calls/evaluate.ts for what the analysis follows and what it cannot.
import fs from 'node:fs';
import path from 'node:path';
import { Allowlist } from './glide-calls/allowlist';
import { parseFile, SourceFile } from './glide-calls/ast';
import { Analysis } from './glide-calls/evaluate';
import { PlatformOf, platformVariables, platformVariablesOf } from './glide-calls/platformContext';
import { GlideCallsReport, ReportBuilder, TableOperation, UnresolvedTable } from './glide-calls/report';
import { buildScopes } from './glide-calls/scopes';

export type { GlideCall, GlideCallsReport, TableOperation, UncheckedResult, UnresolvedTable, Violation } from './glide-calls/report';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface Source {
  /** repository-relative, e.g. dist/es5/includes/OutboxCapture.js (entry scripts are told by dist/es5/entry/<kind>/) */
  path: string;
  text: string;
}

/** The built app's scripts: every .js under root/dist/es5, sorted by path. */
export function builtAppSources(root: string = ROOT): Source[] {
  const list = (dir: string): string[] =>
    fs.existsSync(dir)
      ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? list(path.join(dir, d.name)) : d.name.endsWith('.js') ? [path.join(dir, d.name)] : []))
      : [];
  return list(path.join(root, 'dist', 'es5'))
    .map((file) => path.relative(root, file).split(path.sep).join('/'))
    .sort()
    .map((file) => ({ path: file, text: fs.readFileSync(path.join(root, file), 'utf8') }));
}

export interface AnalyzeOptions {
  allowlist?: Allowlist;
  /** the platform's variables per entry script; by default those of each kind, with tables unknown */
  platform?: PlatformOf;
}

/** Checks `sources` as one app (they share one global scope, as script includes do on an instance). */
export function analyzeSources(sources: Source[], options: AnalyzeOptions = {}): GlideCallsReport {
  const allowlist = options.allowlist || Allowlist.load();
  const platformOf = options.platform || platformVariables(() => null);
  const files: SourceFile[] = sources.map((s, i) => parseFile(s.path, s.text, i));
  const variables = new Map(files.map((f, i) => [f, platformOf(sources[i].path, sources[i].text)]));
  const scopes = buildScopes(files, (f) => Object.keys(variables.get(f) || {}));
  const report = new ReportBuilder(allowlist, scopes.definedNames);
  new Analysis(files, scopes, allowlist, (f) => variables.get(f) || {}).run(report);
  return report.build();
}

const cache = new Map<string, GlideCallsReport>();

/** The report on the app built in `root` (dist/es5, with `current`'s tables from dist/app). */
export function analyzeBuiltApp(root: string = ROOT): GlideCallsReport {
  let report = cache.get(root);
  if (!report) cache.set(root, (report = analyzeSources(builtAppSources(root), { platform: platformVariablesOf(root) })));
  return report;
}

/** The built app's operations by table: read (query/get), create (insert), write (update), delete. */
export function tableOperations(root: string = ROOT): TableOperation[] {
  return analyzeBuiltApp(root).tableOperations;
}

/** The built app's row objects (GlideRecord, GlideAggregate) whose table the checker could not resolve. */
export function unresolvedTables(root: string = ROOT): UnresolvedTable[] {
  return analyzeBuiltApp(root).unresolvedTables;
}
