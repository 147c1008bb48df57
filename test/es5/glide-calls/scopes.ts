// Which declaration every identifier of the built scripts refers to (ES5 scoping: `var` and function declarations
// are hoisted to the enclosing function; catch parameters have their own scope), plus facts the checks need that
// only depend on the syntax: the functions, the property names the app defines, and the expressions whose value the
// script drops.
//
// All files share one global scope, as scripts on an instance share script include names: an include's top-level
// `var OutboxCapture` is what an entry script's free `OutboxCapture` refers to. The variables the platform hands one
// kind of script (`current` in a business rule) are per file.
import { children, isFunction, Node, nodeId, SourceFile, staticName } from './ast';

/** A binding's id, or a free name (a global the scripts do not declare). */
export type Ref = { binding: string } | { global: string };

export interface FunctionInfo {
  file: SourceFile;
  node: Node;
  id: string;
  /** binding ids of the parameters, in order */
  params: string[];
}

export interface Scopes {
  refs: Map<Node, Ref>;
  functions: Map<string, FunctionInfo>;
  /** function declarations: binding -> function id (a binding's value from the start) */
  declarations: Array<{ binding: string; fn: string }>;
  /** property and method names the scripts define (`{ name: ... }`, `x.name = ...`) */
  definedNames: Set<string>;
  /** expressions whose value is discarded: expression statements, `void x`, all but the last of `a, b` */
  discarded: Set<Node>;
}

interface Scope {
  vars: Map<string, string>;
  parent: Scope | null;
}

/** Names declared by `var` and function declarations directly in `body` (not in nested functions). */
function hoisted(body: Node): string[] {
  const names: string[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'VariableDeclarator') names.push(node.id.name);
    if (node.type === 'FunctionDeclaration') {
      names.push(node.id.name);
      return;
    }
    if (node.type === 'FunctionExpression') return;
    for (const child of children(node)) visit(child);
  };
  visit(body);
  return names;
}

function lookup(scope: Scope | null, name: string): string | undefined {
  for (let s = scope; s; s = s.parent) {
    const binding = s.vars.get(name);
    if (binding !== undefined) return binding;
  }
  return undefined;
}

function markDiscarded(expr: Node | null, discarded: Set<Node>): void {
  if (!expr) return;
  discarded.add(expr);
  if (expr.type === 'LogicalExpression') markDiscarded(expr.right, discarded);
  if (expr.type === 'ConditionalExpression') {
    markDiscarded(expr.consequent, discarded);
    markDiscarded(expr.alternate, discarded);
  }
  if (expr.type === 'SequenceExpression') markDiscarded(expr.expressions[expr.expressions.length - 1], discarded);
}

export function buildScopes(files: SourceFile[], platformNames: (file: SourceFile) => string[]): Scopes {
  const result: Scopes = { refs: new Map(), functions: new Map(), declarations: [], definedNames: new Set(), discarded: new Set() };
  const global: Scope = { vars: new Map(), parent: null };
  for (const file of files) for (const name of hoisted(file.program)) global.vars.set(name, `global:${name}`);

  const resolve = (node: Node, scope: Scope): void => {
    const binding = lookup(scope, node.name);
    result.refs.set(node, binding !== undefined ? { binding } : { global: node.name });
  };

  const walk = (file: SourceFile, node: Node, scope: Scope): void => {
    if (isFunction(node)) {
      const id = nodeId(file, node);
      const own: Scope = { vars: new Map(), parent: scope };
      if (node.type === 'FunctionExpression' && node.id) own.vars.set(node.id.name, `${id}:${node.id.name}`);
      for (const param of node.params as Node[]) own.vars.set(param.name, `${id}:${param.name}`);
      for (const name of hoisted(node.body)) own.vars.set(name, `${id}:${name}`);
      if (node.id) resolve(node.id, node.type === 'FunctionDeclaration' ? scope : own);
      if (node.type === 'FunctionDeclaration') result.declarations.push({ binding: lookup(scope, node.id.name) as string, fn: id });
      if (node.type === 'FunctionExpression' && node.id) result.declarations.push({ binding: `${id}:${node.id.name}`, fn: id });
      for (const param of node.params as Node[]) resolve(param, own);
      result.functions.set(id, { file, node, id, params: (node.params as Node[]).map((p) => own.vars.get(p.name) as string) });
      walk(file, node.body, own);
      return;
    }
    switch (node.type) {
      case 'Identifier':
        resolve(node, scope);
        return;
      case 'CatchClause': {
        const own: Scope = { vars: new Map([[node.param.name, `${nodeId(file, node)}:${node.param.name}`]]), parent: scope };
        resolve(node.param, own);
        walk(file, node.body, own);
        return;
      }
      case 'MemberExpression':
        walk(file, node.object, scope);
        if (node.computed) walk(file, node.property, scope);
        return;
      case 'Property': {
        const name = staticName(node.key, node.computed);
        if (name !== null) result.definedNames.add(name);
        walk(file, node.value, scope);
        return;
      }
      case 'LabeledStatement':
        walk(file, node.body, scope);
        return;
      case 'BreakStatement':
      case 'ContinueStatement':
        return;
      case 'AssignmentExpression':
        if (node.left.type === 'MemberExpression') {
          const name = staticName(node.left.property, node.left.computed);
          if (name !== null) result.definedNames.add(name);
        }
        break;
      case 'ExpressionStatement':
        markDiscarded(node.expression, result.discarded);
        break;
      case 'ForStatement':
        if (node.init && node.init.type !== 'VariableDeclaration') markDiscarded(node.init, result.discarded);
        markDiscarded(node.update, result.discarded);
        break;
      case 'SequenceExpression':
        for (const expr of (node.expressions as Node[]).slice(0, -1)) markDiscarded(expr, result.discarded);
        break;
      case 'UnaryExpression':
        if (node.operator === 'void') markDiscarded(node.argument, result.discarded);
        break;
    }
    for (const child of children(node)) walk(file, child, scope);
  };

  for (const file of files) {
    const platform: Scope = { vars: new Map(platformNames(file).map((n) => [n, `platform:${file.index}:${n}`])), parent: global };
    // A script's own top-level declarations are globals, so they win over a platform variable of the same name.
    for (const name of hoisted(file.program)) platform.vars.delete(name);
    walk(file, file.program, platform);
  }
  return result;
}
