// The built scripts as acorn ASTs (ecmaVersion 5, the language the instance runs), with the few generic helpers the
// analysis needs: child nodes, a node's id and its source line.
import * as acorn from 'acorn';

/** An ESTree node as acorn produces it; fields are read by node type, hence the index signature. */
export type Node = acorn.Node & { [field: string]: any };

export interface SourceFile {
  /** repository-relative path, e.g. dist/es5/includes/OutboxCapture.js */
  path: string;
  index: number;
  program: Node;
}

export function parseFile(path: string, text: string, index: number): SourceFile {
  const program = acorn.parse(text, { ecmaVersion: 5, sourceType: 'script', locations: true }) as unknown as Node;
  return { path, index, program };
}

// Keys that never hold child nodes (Property.value and Literal.value share a name: a node is told by its `type`).
const SKIP = new Set(['type', 'start', 'end', 'loc', 'range', 'raw', 'regex']);

/** The node's direct children, in source order. */
export function children(node: Node): Node[] {
  const out: Node[] = [];
  for (const key of Object.keys(node)) {
    if (SKIP.has(key)) continue;
    const value = node[key];
    if (Array.isArray(value)) {
      for (const item of value) if (item && typeof item.type === 'string') out.push(item);
    } else if (value && typeof value.type === 'string') {
      out.push(value);
    }
  }
  return out;
}

export const isFunction = (node: Node): boolean => node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression';

/** A node's id, unique across the analysed files. */
export const nodeId = (file: SourceFile, node: Node): string => `${file.index}:${node.start}`;

export const site = (file: SourceFile, node: Node): string => `${file.path}:${node.loc ? node.loc.start.line : '?'}`;

/** The name of a non-computed member or property key (`a.b`, `{ b: 1 }`, `{ 'b': 1 }`), else null. */
export function staticName(key: Node, computed: boolean): string | null {
  if (!computed && key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  return null;
}
