// The flow analysis: which values (values.ts) every variable, property, parameter, `this` and return value of the
// built scripts may hold, computed flow-insensitively over all files at once and repeated to a fixpoint. It follows:
//   - globals by name (gs, GlideRecord, sn_ws.RESTMessageV2) and the platform's script variables (current, request);
//   - assignments, `var`, object and array literals, `this.x` (all instances of one constructor share properties),
//     prototype methods, calls of the scripts' own functions (arguments to parameters, `return` to the call),
//     `f.call(thisArg, ...)`, the callbacks of an array's forEach/filter/some/every/map, `new F()`;
//   - Glide results the docs name: `gr.getElement()` / `gr.field` -> GlideElement, `rm.execute()` -> RESTResponseV2,
//     `gs.getSession()` -> GlideSession... (allowlist `returns`).
// It does not follow: values through the ES5 built-ins (JSON.parse, String(x), arr.map results, Object.keys),
// getters and setters, `arguments`, `apply` arguments, eval, or inheritance between the scripts' own classes.
// Every call site is evaluated the same whatever the caller (no context), so a parameter holds what any caller passes.
// A function no analysed script calls (a method only the platform would call, a callback handed to a built-in other
// than the array ones above) has empty parameters: calls on them are only checked by name (report.ts, check (b)).
import { Allowlist, RECORD_CLASSES } from './allowlist';
import { Node, nodeId, site, SourceFile, staticName } from './ast';
import { ES5_GLOBALS } from './builtins';
import { Scopes } from './scopes';
import {
  functionAtom,
  glideAtom,
  glideClass,
  globalAtom,
  holdsProperties,
  instanceAtom,
  objectAtom,
  parseRecord,
  recordAtom,
  RecordAtom,
  Store,
  stringAtom,
  UNKNOWN,
  Value,
} from './values';

export interface PlatformVariable {
  cls: string;
  /** for row classes: the table, null when not known */
  table?: string | null;
}

/** What the reporting pass sees. */
export interface Recorder {
  glideCall(e: { cls: string; member: string; kind: 'method' | 'static'; site: string; discarded: boolean; records: RecordAtom[] }): void;
  construction(e: { cls: string; path: string; site: string; records: RecordAtom[] }): void;
  untypedCall(e: { member: string; site: string }): void;
  unknownGlobal(e: { name: string; site: string }): void;
}

interface Ctx {
  file: SourceFile;
  fn: string;
}

// Methods every object or array literal has from Object.prototype and Array.prototype (ES5): their result is a
// plain value, not one of the scripts' own.
const BUILTIN_METHODS = new Set([
  'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'toString', 'valueOf',
  'concat', 'every', 'filter', 'forEach', 'indexOf', 'join', 'lastIndexOf', 'map', 'pop', 'push', 'reduce',
  'reduceRight', 'reverse', 'shift', 'slice', 'some', 'sort', 'splice', 'unshift',
]);
const ARRAY_CALLBACKS = new Set(['forEach', 'filter', 'some', 'every', 'map']);
const ARRAY_SAME = new Set(['filter', 'slice', 'sort', 'reverse', 'concat', 'splice']);

const union = (values: Value[]): Value => {
  const out: Value = new Set();
  for (const v of values) for (const a of v) out.add(a);
  return out;
};

export class Analysis {
  readonly store = new Store();
  private recorder: Recorder | null = null;
  // An empty value means "nothing known yet" while values still grow, so a row whose table argument is empty is only
  // taken as unresolved once the first fixpoint is reached (an early pass must not leave a permanent unresolved row).
  private emptyTableIsUnresolved = false;

  constructor(
    private files: SourceFile[],
    private scopes: Scopes,
    private allowlist: Allowlist,
    private platform: (file: SourceFile) => { [name: string]: PlatformVariable },
  ) {
    for (const d of scopes.declarations) this.store.add(d.binding, [functionAtom(d.fn)]);
    for (const file of files) {
      for (const [name, variable] of Object.entries(platform(file))) {
        const atom = RECORD_CLASSES.has(variable.cls)
          ? recordAtom(variable.cls, variable.table ?? null, `${name} in ${file.path}`)
          : glideAtom(variable.cls);
        this.store.add(`platform:${file.index}:${name}`, [atom]);
      }
    }
  }

  /** Iterates to the fixpoint (twice: see emptyTableIsUnresolved), then walks once more reporting to `recorder`. */
  run(recorder: Recorder, maxPasses = 200): void {
    let passes = 0;
    for (const emptyTableIsUnresolved of [false, true]) {
      this.emptyTableIsUnresolved = emptyTableIsUnresolved;
      do {
        this.store.changed = false;
        this.pass();
        if (++passes > maxPasses) throw new Error(`no fixpoint after ${maxPasses} passes`);
      } while (this.store.changed);
    }
    this.recorder = recorder;
    this.pass();
    this.recorder = null;
  }

  private pass(): void {
    for (const file of this.files) this.statement(file.program, { file, fn: `program:${file.index}` });
    for (const fn of this.scopes.functions.values()) this.statement(fn.node.body, { file: fn.file, fn: fn.id });
  }

  // ---- statements: every statement of a body is visited; nested functions are bodies of their own ----

  private statement(node: Node | null, ctx: Ctx): void {
    if (!node) return;
    switch (node.type) {
      case 'Program':
      case 'BlockStatement':
        for (const s of node.body) this.statement(s, ctx);
        return;
      case 'ExpressionStatement':
        this.ev(node.expression, ctx);
        return;
      case 'VariableDeclaration':
        for (const d of node.declarations) if (d.init) this.assignTo(d.id, this.ev(d.init, ctx), ctx);
        return;
      case 'ReturnStatement':
        if (node.argument) this.store.add(`return:${ctx.fn}`, this.ev(node.argument, ctx));
        return;
      case 'IfStatement':
        this.ev(node.test, ctx);
        this.statement(node.consequent, ctx);
        this.statement(node.alternate, ctx);
        return;
      case 'ForStatement':
        if (node.init) node.init.type === 'VariableDeclaration' ? this.statement(node.init, ctx) : this.ev(node.init, ctx);
        if (node.test) this.ev(node.test, ctx);
        if (node.update) this.ev(node.update, ctx);
        this.statement(node.body, ctx);
        return;
      case 'ForInStatement': {
        const target = node.left.type === 'VariableDeclaration' ? node.left.declarations[0].id : node.left;
        this.ev(node.right, ctx);
        this.assignTo(target, new Set([UNKNOWN]), ctx);
        this.statement(node.body, ctx);
        return;
      }
      case 'WhileStatement':
      case 'DoWhileStatement':
        this.ev(node.test, ctx);
        this.statement(node.body, ctx);
        return;
      case 'TryStatement':
        this.statement(node.block, ctx);
        if (node.handler) {
          this.assignTo(node.handler.param, new Set([UNKNOWN]), ctx);
          this.statement(node.handler.body, ctx);
        }
        this.statement(node.finalizer, ctx);
        return;
      case 'ThrowStatement':
        this.ev(node.argument, ctx);
        return;
      case 'SwitchStatement':
        this.ev(node.discriminant, ctx);
        for (const c of node.cases) {
          if (c.test) this.ev(c.test, ctx);
          for (const s of c.consequent) this.statement(s, ctx);
        }
        return;
      case 'LabeledStatement':
        this.statement(node.body, ctx);
        return;
      default:
        // FunctionDeclaration (a body of its own), EmptyStatement, Break/Continue, DebuggerStatement
        return;
    }
  }

  // ---- expressions ----

  private ev(node: Node, ctx: Ctx): Value {
    switch (node.type) {
      case 'Identifier':
        return this.identifier(node, ctx);
      case 'ThisExpression':
        return this.store.get(`this:${ctx.fn}`);
      case 'Literal':
        return new Set([typeof node.value === 'string' ? stringAtom(node.value) : UNKNOWN]);
      case 'FunctionExpression':
        return new Set([functionAtom(nodeId(ctx.file, node))]);
      case 'ArrayExpression': {
        const atom = objectAtom(nodeId(ctx.file, node));
        for (const el of node.elements) if (el) this.store.addProp(atom, '[]', this.ev(el, ctx));
        return new Set([atom]);
      }
      case 'ObjectExpression': {
        const atom = objectAtom(nodeId(ctx.file, node));
        for (const p of node.properties) {
          const value = this.ev(p.value, ctx);
          const name = staticName(p.key, p.computed);
          if (name !== null && p.kind === 'init') this.store.addProp(atom, name, value);
        }
        return new Set([atom]);
      }
      case 'MemberExpression':
        return this.member(this.ev(node.object, ctx), this.propertyNames(node, ctx), node, ctx);
      case 'CallExpression':
        return this.call(node, ctx);
      case 'NewExpression':
        return this.construct(node, ctx);
      case 'AssignmentExpression': {
        const value = this.ev(node.right, ctx);
        if (node.operator === '=') {
          this.assignTo(node.left, value, ctx);
          return value;
        }
        if (node.left.type === 'MemberExpression') this.ev(node.left.object, ctx);
        this.assignTo(node.left, new Set([UNKNOWN]), ctx);
        return new Set([UNKNOWN]);
      }
      case 'LogicalExpression':
        return union([this.ev(node.left, ctx), this.ev(node.right, ctx)]);
      case 'ConditionalExpression':
        this.ev(node.test, ctx);
        return union([this.ev(node.consequent, ctx), this.ev(node.alternate, ctx)]);
      case 'SequenceExpression': {
        let last: Value = new Set();
        for (const e of node.expressions) last = this.ev(e, ctx);
        return last;
      }
      case 'UnaryExpression':
      case 'UpdateExpression':
        this.ev(node.argument, ctx);
        return new Set([UNKNOWN]);
      case 'BinaryExpression':
        this.ev(node.left, ctx);
        this.ev(node.right, ctx);
        return new Set([UNKNOWN]);
      default:
        return new Set([UNKNOWN]);
    }
  }

  private identifier(node: Node, ctx: Ctx): Value {
    const ref = this.scopes.refs.get(node);
    if (!ref) return new Set([UNKNOWN]);
    if ('binding' in ref) return this.store.get(ref.binding);
    const name = ref.global;
    // A global a script created by assigning to an undeclared name.
    const created = this.store.get(`global:${name}`);
    if (created.size > 0) return created;
    const cls = this.allowlist.classOf(name);
    // `gs` is an object of its class; `GlideRecord`, `sn_ws` are a class and a namespace.
    if (cls !== undefined && this.allowlist.isInstance(cls)) return new Set([glideAtom(cls)]);
    if (cls !== undefined || this.allowlist.isNamespace(name)) return new Set([globalAtom(name)]);
    if (!ES5_GLOBALS.has(name)) this.recorder?.unknownGlobal({ name, site: site(ctx.file, node) });
    return new Set([UNKNOWN]);
  }

  /** The property names a member expression may read: its name, the strings a computed key may hold, or '*'. */
  private propertyNames(node: Node, ctx: Ctx): string[] {
    const name = staticName(node.property, node.computed);
    if (name !== null) return [name];
    const keys = this.ev(node.property, ctx);
    const strings = [...keys].filter((a) => a.startsWith('S|')).map((a) => a.slice(2));
    return strings.length === keys.size && strings.length > 0 ? strings : ['*'];
  }

  /** Reading `names` of `object`. */
  private member(object: Value, names: string[], node: Node, ctx: Ctx): Value {
    const out: Value = new Set();
    for (const atom of object) {
      const cls = glideClass(atom);
      for (const name of names) {
        if (cls !== null) this.glideProperty(cls, name, node, ctx).forEach((a) => out.add(a));
        else if (atom.startsWith('C|')) this.globalMember(atom.slice(2), name, node, ctx).forEach((a) => out.add(a));
        else if (atom.startsWith('F|') && name === 'prototype') out.add(instanceAtom(atom.slice(2)));
        else if (holdsProperties(atom)) this.methodsOf(atom, name).forEach((a) => out.add(a));
        else out.add(UNKNOWN);
      }
    }
    // Empty when nothing is known yet: a property no script writes stays empty.
    return out;
  }

  /** A property of a Glide object: a documented property typed with a class; a row's field (`gr.short_description`,
   * `current[name]`) or an element's dot-walk (`current.caller_id.manager`): a GlideElement. */
  private glideProperty(cls: string, name: string, node: Node, ctx: Ctx): Value {
    const returned = name === '*' ? undefined : this.allowlist.returns(cls, name);
    if (returned !== undefined && !this.allowlist.hasMethod(cls, name)) return new Set([this.glideValue(returned, site(ctx.file, node))]);
    if ((RECORD_CLASSES.has(cls) || cls === 'GlideElement') && !this.allowlist.isMember(cls, name)) return new Set([glideAtom('GlideElement')]);
    return new Set([UNKNOWN]);
  }

  private glideValue(cls: string, where: string): string {
    return RECORD_CLASSES.has(cls) ? recordAtom(cls, null, where) : glideAtom(cls);
  }

  /** `sn_ws.RESTMessageV2`, `global.JSON`: a class or namespace of the allowlist; anything else under a namespace
   * is a global the allowlist does not have. A class's own members are static methods, checked when called. */
  private globalMember(path: string, name: string, node: Node, ctx: Ctx): Value {
    const full = `${path}.${name}`;
    if (this.allowlist.classOf(full) || this.allowlist.isNamespace(full)) return new Set([globalAtom(full)]);
    if (!this.allowlist.classOf(path)) this.recorder?.unknownGlobal({ name: full, site: site(ctx.file, node) });
    return new Set([UNKNOWN]);
  }

  private assignTo(target: Node, value: Value, ctx: Ctx): void {
    if (target.type === 'Identifier') {
      const ref = this.scopes.refs.get(target);
      // An assignment to an undeclared name creates a global.
      if (ref) this.store.add('binding' in ref ? ref.binding : `global:${ref.global}`, value);
      return;
    }
    if (target.type !== 'MemberExpression') return;
    const object = this.ev(target.object, ctx);
    const names = this.propertyNames(target, ctx);
    for (const atom of object) {
      if (!holdsProperties(atom)) continue;
      for (const name of names) {
        if (atom.startsWith('F|') && name === 'prototype') {
          // F.prototype = { m: function... }: the literal's properties become the instances'.
          for (const proto of value) this.store.addProp(instanceAtom(atom.slice(2)), '<proto>', [proto]);
        }
        this.store.addProp(atom, name === '*' ? '[]' : name, value);
      }
    }
  }

  // ---- calls ----

  private invoke(fn: string, self: Value, args: Value[]): Value {
    const info = this.scopes.functions.get(fn);
    if (!info) return new Set();
    info.params.forEach((param, i) => {
      if (i < args.length) this.store.add(param, args[i]);
    });
    this.store.add(`this:${fn}`, self);
    return this.store.get(`return:${fn}`);
  }

  /** Property `name` of `atom` (its methods, when called), an instance's prototype literal included. */
  private methodsOf(atom: string, name: string): Value {
    const found = new Set(this.store.getProp(atom, name));
    for (const proto of this.store.getProp(atom, '<proto>')) this.store.getProp(proto, name).forEach((a) => found.add(a));
    return found;
  }

  private call(node: Node, ctx: Ctx): Value {
    const args = (node.arguments as Node[]).map((a) => this.ev(a, ctx));
    const callee = node.callee as Node;
    const out: Value = new Set();
    const callFunctions = (fns: Value, self: Value): void => {
      for (const f of fns) if (f.startsWith('F|')) this.invoke(f.slice(2), self, args).forEach((a) => out.add(a));
    };
    if (callee.type !== 'MemberExpression') {
      const fns = this.ev(callee, ctx);
      callFunctions(fns, new Set());
      // A built-in (String(x), parseInt) or anything not a function of the scripts.
      if ([...fns].some((f) => !f.startsWith('F|'))) out.add(UNKNOWN);
      return out;
    }
    const object = this.ev(callee.object, ctx);
    const names = this.propertyNames(callee, ctx);
    const discarded = this.scopes.discarded.has(node);
    const where = site(ctx.file, node);
    let typed = false;
    for (const atom of object) {
      const cls = glideClass(atom);
      for (const name of names) {
        if (cls !== null) {
          typed = true;
          const records = [...object].filter((a) => glideClass(a) === cls).map(parseRecord).filter((r): r is RecordAtom => r !== null);
          this.recorder?.glideCall({ cls, member: name, kind: 'method', site: where, discarded, records });
          const returned = this.allowlist.returns(cls, name);
          out.add(returned !== undefined ? this.glideValue(returned, where) : UNKNOWN);
        } else if (atom.startsWith('C|')) {
          typed = true;
          const path = atom.slice(2);
          const owner = this.allowlist.classOf(path);
          if (owner !== undefined) {
            this.recorder?.glideCall({ cls: owner, member: name, kind: 'static', site: where, discarded, records: [] });
            const returned = this.allowlist.returns(owner, name);
            out.add(returned !== undefined ? this.glideValue(returned, where) : UNKNOWN);
          } else {
            this.globalMember(path, name, callee, ctx);
            out.add(UNKNOWN);
          }
        } else if (atom.startsWith('F|') && (name === 'call' || name === 'apply')) {
          const self = args[0] || new Set<string>();
          const passed = name === 'call' ? args.slice(1) : [];
          for (const a of this.invoke(atom.slice(2), self, passed)) out.add(a);
        } else if (holdsProperties(atom)) {
          const methods = this.methodsOf(atom, name);
          callFunctions(methods, new Set([atom]));
          if (atom.startsWith('O|')) this.arrayMethod(atom, name, args, out);
          if (methods.size === 0 && BUILTIN_METHODS.has(name) && !ARRAY_SAME.has(name)) out.add(UNKNOWN);
        } else {
          out.add(UNKNOWN);
        }
      }
    }
    if (!typed) for (const name of names) this.recorder?.untypedCall({ member: name, site: where });
    return out;
  }

  /** What the array built-ins do with elements (an array literal's property '[]'). */
  private arrayMethod(array: string, name: string, args: Value[], out: Value): void {
    if (name === 'push' || name === 'unshift') for (const a of args) this.store.addProp(array, '[]', a);
    if (name === 'concat') for (const a of args) for (const other of a) this.store.addProp(array, '[]', holdsProperties(other) ? this.store.getProp(other, '[]') : [other]);
    if (name === 'pop' || name === 'shift') this.store.getProp(array, '[]').forEach((a) => out.add(a));
    if (ARRAY_SAME.has(name)) out.add(array);
    if (ARRAY_CALLBACKS.has(name) && args[0]) {
      for (const f of args[0]) if (f.startsWith('F|')) this.invoke(f.slice(2), args[1] || new Set(), [this.store.getProp(array, '[]'), new Set([UNKNOWN]), new Set([array])]);
    }
  }

  private construct(node: Node, ctx: Ctx): Value {
    const args = (node.arguments as Node[]).map((a) => this.ev(a, ctx));
    const out: Value = new Set();
    const where = site(ctx.file, node);
    for (const atom of this.ev(node.callee, ctx)) {
      if (atom.startsWith('C|')) {
        const path = atom.slice(2);
        const cls = this.allowlist.classOf(path);
        if (cls === undefined) continue;
        const made = RECORD_CLASSES.has(cls) ? this.rows(cls, args[0], where) : [glideAtom(cls)];
        made.forEach((a) => out.add(a));
        this.recorder?.construction({ cls, path, site: where, records: made.map(parseRecord).filter((r): r is RecordAtom => r !== null) });
      } else if (atom.startsWith('F|')) {
        const instance = instanceAtom(atom.slice(2));
        this.invoke(atom.slice(2), new Set([instance]), args);
        out.add(instance);
      } else {
        // new Date(), new RegExp(), new Error()
        out.add(UNKNOWN);
      }
    }
    return out;
  }

  /** `new GlideRecord(table)`: one row atom per string the table argument may be; unresolved when it may be
   * anything else, or nothing the analysis knows. */
  private rows(cls: string, table: Value | undefined, where: string): string[] {
    const atoms = [...(table || [])];
    const out = atoms.filter((a) => a.startsWith('S|')).map((a) => recordAtom(cls, a.slice(2), where));
    if ((atoms.length === 0 && this.emptyTableIsUnresolved) || out.length < atoms.length) out.push(recordAtom(cls, null, where));
    return out;
  }
}
