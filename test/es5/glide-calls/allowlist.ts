// The scoped API allowlist (packages/glide-emulator/glide/scoped-api/scoped-api.json) as the checker queries it: classes by the
// global name scripts reach them by, their documented methods, properties and returned classes, and the names only
// the global API documents.
import fs from 'node:fs';
import path from 'node:path';

export interface ScopedClass {
  reach: string;
  global: string | null;
  instance?: boolean;
  page: string;
  doc: string;
  methods: string[];
  properties?: string[];
  returns?: { [member: string]: string };
}

export interface ScopedApiJson {
  source: { repository: string; branch: string; commit: string; licence: string; folder: string; note: string };
  classes: { [name: string]: ScopedClass };
  globalOnly: { [name: string]: { page: string; doc: string; methods: string[] } };
}

export const ALLOWLIST_FILE = path.resolve(__dirname, '..', '..', '..', 'packages', 'glide-emulator', 'glide', 'scoped-api', 'scoped-api.json');

// Classes whose objects are rows of a table: their table is resolved and their operations listed.
export const RECORD_CLASSES = new Set(['GlideRecord', 'GlideAggregate']);

/** What an ATF Run Server Side Script step hands its script besides the Glide API (platformContext.ts, kind atf):
 * documented by ServiceNowDocs application-development/automated-test-framework-atf/test-steps-server-category.md
 * ("stepResult.setOutputMessage: Log a message to step results"), not by the scoped Glide API reference. The step
 * offers no setSuccess/setFailed: those belong to custom step configurations (atf-config-script.md). */
export const ATF_STEP_API: { [cls: string]: string[] } = { ATFStepResult: ['setOutputMessage'] };

const own = <T>(map: { [key: string]: T }, key: string): T | undefined => (Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined);

export class Allowlist {
  readonly json: ScopedApiJson;
  private byGlobal = new Map<string, string>();
  private namespaces = new Set<string>();
  private methodSets = new Map<string, Set<string>>();
  private globalOnlyByName = new Map<string, string[]>();

  constructor(json: ScopedApiJson) {
    this.json = json;
    for (const [name, c] of Object.entries(json.classes)) {
      this.methodSets.set(name, new Set(c.methods));
      if (c.global === null) continue;
      this.byGlobal.set(c.global, name);
      const parts = c.global.split('.');
      for (let i = 1; i < parts.length; i++) this.namespaces.add(parts.slice(0, i).join('.'));
    }
    for (const [name, entry] of Object.entries(json.globalOnly)) {
      for (const method of entry.methods) this.globalOnlyByName.set(method, [...(this.globalOnlyByName.get(method) || []), name]);
    }
  }

  static load(file: string = ALLOWLIST_FILE): Allowlist {
    return new Allowlist(JSON.parse(fs.readFileSync(file, 'utf8')) as ScopedApiJson);
  }

  /** The class a global path names (`gs`, `GlideRecord`, `sn_ws.RESTMessageV2`), if any. */
  classOf(globalPath: string): string | undefined {
    return this.byGlobal.get(globalPath);
  }

  /** A prefix of some class's global path (`sn_ws`, `sn_auth`, `global`). */
  isNamespace(globalPath: string): boolean {
    return this.namespaces.has(globalPath);
  }

  isInstance(cls: string): boolean {
    return own(this.json.classes, cls)?.instance === true;
  }

  hasMethod(cls: string, method: string): boolean {
    return this.methodSets.get(cls)?.has(method) === true || (own(ATF_STEP_API, cls) ?? []).includes(method);
  }

  isMember(cls: string, name: string): boolean {
    const c = own(this.json.classes, cls);
    return !!c && (c.methods.includes(name) || (c.properties || []).includes(name));
  }

  /** The allowlisted class a member returns (a method's result or a property's value), per the docs. */
  returns(cls: string, member: string): string | undefined {
    const c = own(this.json.classes, cls);
    return c && c.returns ? own(c.returns, member) : undefined;
  }

  /** Classes whose global page documents `method` and whose scoped page does not. */
  globalOnlyClasses(method: string): string[] {
    return this.globalOnlyByName.get(method) || [];
  }
}
