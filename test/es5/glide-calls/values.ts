// The abstract values of the analysis and where they are stored. A value is a set of atoms, each a string:
//   R|<class>|<table>|<site>  a row object (GlideRecord, GlideAggregate) of a table; <table> '' = not resolved, then
//                             <site> is where it was made (resolved rows carry no site: they are told apart by table)
//   G|<class>                 any other Glide object (GlideDateTime, GlideElement, RESTResponseV2, gs...)
//   C|<path>                  a global reached by name: a class (GlideRecord, sn_ws.RESTMessageV2) or namespace (sn_ws)
//   S|<text>                  a string literal
//   F|<id> / I|<id>           a function of the scripts / its instances (`new F()`), which are also its prototype
//   O|<id>                    an object or array literal; an array's elements are its property '[]'
//   U                         anything else
// Stores only grow; the analysis repeats until none does (a fixpoint).
export type Value = Set<string>;

export const UNKNOWN = 'U';
export const recordAtom = (cls: string, table: string | null, where: string): string => (table !== null ? `R|${cls}|${table}|` : `R|${cls}||${where}`);
export const glideAtom = (cls: string): string => `G|${cls}`;
export const globalAtom = (path: string): string => `C|${path}`;
export const stringAtom = (text: string): string => `S|${text}`;
export const functionAtom = (id: string): string => `F|${id}`;
export const instanceAtom = (id: string): string => `I|${id}`;
export const objectAtom = (id: string): string => `O|${id}`;

export interface RecordAtom {
  cls: string;
  table: string | null;
  where: string;
}

export function parseRecord(atom: string): RecordAtom | null {
  if (!atom.startsWith('R|')) return null;
  const [, cls, table, ...where] = atom.split('|');
  return { cls, table: table === '' ? null : table, where: where.join('|') };
}

/** The Glide class of an R| or G| atom. */
export function glideClass(atom: string): string | null {
  if (atom.startsWith('G|')) return atom.slice(2);
  if (atom.startsWith('R|')) return atom.slice(2, atom.indexOf('|', 2));
  return null;
}

export const holdsProperties = (atom: string): boolean => atom.startsWith('F|') || atom.startsWith('I|') || atom.startsWith('O|');

export class Store {
  changed = false;
  private cells = new Map<string, Value>();
  private props = new Map<string, Map<string, Value>>();

  private grow(target: Value, atoms: Iterable<string>): void {
    for (const atom of atoms) {
      if (!target.has(atom)) {
        target.add(atom);
        this.changed = true;
      }
    }
  }

  private cell(key: string): Value {
    let value = this.cells.get(key);
    if (!value) this.cells.set(key, (value = new Set()));
    return value;
  }

  /** A variable (binding id), a function's return value (`return:<id>`) or its `this` (`this:<id>`). */
  get(key: string): Value {
    return this.cells.get(key) || new Set();
  }

  add(key: string, atoms: Iterable<string>): void {
    this.grow(this.cell(key), atoms);
  }

  /** Property `name` of an F|, I| or O| atom; '*' reads every property (a computed name not known). */
  getProp(atom: string, name: string): Value {
    const props = this.props.get(atom);
    if (!props) return new Set();
    if (name !== '*') return props.get(name) || new Set();
    const all: Value = new Set();
    for (const value of props.values()) for (const a of value) all.add(a);
    return all;
  }

  addProp(atom: string, name: string, atoms: Iterable<string>): void {
    let props = this.props.get(atom);
    if (!props) this.props.set(atom, (props = new Map()));
    let value = props.get(name);
    if (!value) props.set(name, (value = new Set()));
    this.grow(value, atoms);
  }
}
