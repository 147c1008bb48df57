// The built app (dist/app) with test-only scripts added, as if the package had installed them: scheduled jobs,
// business rules and script actions whose script text the test writes (for example with a local server's URL in
// it). A LoadedApp is plain data, so the copy goes into an engine like the real one.
import type { RuleDefinition, ScriptActionDefinition } from '@incb/glide-emulator';
import type { LoadedApp, ScheduledJobDefinition } from '@incb/glide-emulator/loader';
import { loadBuiltApp } from '../../support/builtApp';

export interface TestJob extends Partial<ScheduledJobDefinition> {
  name: string;
  script: string;
}

export interface AppExtras {
  /** on demand unless runType says otherwise */
  jobs?: TestJob[];
  rules?: RuleDefinition[];
  actions?: ScriptActionDefinition[];
}

let built: LoadedApp | undefined;

export function appWithExtras(extras: AppExtras = {}): LoadedApp {
  built = built ?? loadBuiltApp();
  const app: LoadedApp = JSON.parse(JSON.stringify(built));
  (extras.jobs ?? []).forEach((job, i) => {
    app.scheduledJobs.push({
      sysId: `0000000000000000000000000000${String(i).padStart(4, '0')}`,
      active: true,
      runType: 'on_demand',
      conditional: false,
      condition: '',
      runStart: '',
      runTime: '',
      timeZone: '',
      scope: built!.app.scope,
      ...job,
    });
  });
  app.businessRules.push(...(extras.rules ?? []));
  app.scriptActions.push(...(extras.actions ?? []));
  return app;
}

/** the gs.info lines a reply carries, parsed as JSON (the test scripts report their findings that way) */
export function infoJson(logs: Array<{ level: string; message: string }>): any[] {
  return logs.filter((l) => l.level === 'info' && l.message.startsWith('{')).map((l) => JSON.parse(l.message));
}
