#!/usr/bin/env node
// Generates packages/glide-emulator/glide/scoped-api/scoped-api.json, the allowlist of the Glide API a scoped script may call, from
// a checkout of ServiceNow's documentation (github.com/ServiceNow/ServiceNowDocs, Apache-2.0, as markdown):
//
//   node scripts/scoped-api/extract.mjs <docs>/markdown --commit <sha> [--branch australia] [--out <file>]
//
// A page of markdown/api-reference/server-api-reference whose front-matter title says "Scoped" ("GlideRecord -
// Scoped", "RESTMessageV2 - Scoped, Global") documents a class scoped scripts may use; its `## ` member headings are
// the method and property names. A page titled "... - Global" only documents the global-scope class: the names it has
// that the scoped page lacks are the `globalOnly` names. Only class, method and type names are copied, with the page
// each comes from. The output depends on the pages only (sorted keys, no dates), so a rerun on the same commit
// reproduces it byte for byte.
import fs from 'node:fs';
import path from 'node:path';
import { applyCorrections } from './corrections.mjs';
import { classesFromExamples, EXAMPLE_PAGES } from './examples.mjs';
import { codeSamples, frontMatter, members, parseTitle } from './markdown.mjs';
import { reachOf } from './reach.mjs';

const FOLDER = 'api-reference/server-api-reference';

function parseArgs(argv) {
  const args = { branch: 'australia', out: path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../packages/glide-emulator/glide/scoped-api/scoped-api.json') };
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--commit') args.commit = argv[++i];
    else if (argv[i] === '--branch') args.branch = argv[++i];
    else if (argv[i] === '--out') args.out = path.resolve(argv[++i]);
    else rest.push(argv[i]);
  }
  if (rest.length !== 1 || !args.commit) {
    throw new Error('usage: extract.mjs <ServiceNowDocs checkout>/markdown --commit <sha> [--branch australia] [--out file]');
  }
  // The checkout's root or its markdown folder.
  const root = path.resolve(rest[0]);
  args.markdown = fs.existsSync(path.join(root, FOLDER)) ? root : path.join(root, 'markdown');
  if (!fs.existsSync(path.join(args.markdown, FOLDER))) throw new Error(`no ${FOLDER} under ${root}`);
  return args;
}

/** Every page of the server API reference with a class title, in file-name order. */
function readPages(markdown) {
  const dir = path.join(markdown, FOLDER);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .flatMap((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const front = frontMatter(text);
      const title = parseTitle(front.title);
      if (!title) return [];
      const docMembers = members(text);
      // The title's name unless it is not an identifier ("Cloud Runner TestUserApi"): then the headings' name.
      const name = /^[A-Za-z_$][\w$]*$/.test(title.name) ? title.name : mostCommon(docMembers.map((m) => m.owner)) || title.name;
      return [{ ...title, name, file: `markdown/${FOLDER}/${file}`, url: front.canonical_url, text, members: docMembers }];
    });
}

function mostCommon(values) {
  const counts = new Map();
  for (const v of values) counts.set(v, (counts.get(v) || 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map((e) => e[0])[0];
}

// A constructor heading is named after the class ("GlideRecord - GlideRecord(String tableName)"; "Fetch Headers -
// Headers(init)").
const isConstructor = (page, member) =>
  member.kind === 'method' && (member.name === page.name.split(/[ .]/).pop() || member.name === member.owner.split(/[ .]/).pop());

function methodNames(page) {
  return [...new Set(page.members.filter((m) => m.kind === 'method' && !isConstructor(page, m)).map((m) => m.name))].sort();
}

/** One scoped class as read from its page (returns still unfiltered). */
function scopedClass(page) {
  const methods = methodNames(page);
  const constructors = page.members.filter((m) => isConstructor(page, m));
  const reach = reachOf(page.name, page.text, codeSamples(page.text), methods, constructors);
  // Member names such as toString or constructor: a Map, not an object's prototype.
  const types = new Map();
  for (const m of page.members) {
    if (isConstructor(page, m) || !m.returns) continue;
    types.set(m.name, (types.get(m.name) || new Set()).add(m.returns));
  }
  applyCorrections(page.name, types);
  const params = constructors.length > 0 ? constructors[0].params.replace(/^\(|\)$/g, '').split(',').map((p) => p.trim().split(/\s+/).pop()).filter(Boolean).join(', ') : '';
  let reachText = null;
  if (reach.instance) reachText = reach.global;
  else if (reach.constructible) reachText = `new ${reach.global}(${params})`;
  else if (reach.global) reachText = `${reach.global}.${reach.statics.join('|')}()`;
  return {
    name: page.name,
    entry: {
      reach: reachText,
      global: reach.global,
      ...(reach.instance ? { instance: true } : {}),
      ...(page.deprecated ? { deprecated: true } : {}),
      page: page.url,
      doc: page.file,
      methods,
      properties: [...new Set(page.members.filter((m) => m.kind === 'property').map((m) => m.name))].sort(),
    },
    types,
  };
}

/** Classes by name; two pages of one name are one class when both are reached the same way, else keyed by global. */
function mergeClasses(found) {
  const byName = new Map();
  for (const c of found) byName.set(c.name, [...(byName.get(c.name) || []), c]);
  const classes = {};
  const types = {};
  for (const [name, group] of byName) {
    const globals = new Set(group.map((c) => c.entry.global));
    if (globals.size === 1) {
      const first = group[0];
      const entry = { ...first.entry };
      entry.methods = [...new Set(group.flatMap((c) => c.entry.methods))].sort();
      entry.properties = [...new Set(group.flatMap((c) => c.entry.properties))].sort();
      if (group.length > 1) entry.alsoDocumentedIn = group.slice(1).map((c) => c.entry.doc);
      classes[name] = entry;
      types[name] = new Map(group.flatMap((c) => [...c.types]));
    } else {
      for (const c of group) {
        const key = c.entry.global || `${name} (${path.basename(c.entry.doc, '.md')})`;
        classes[key] = c.entry;
        types[key] = c.types;
      }
    }
  }
  return { classes, types };
}

/** `returns`: the members whose documented type is one class of the allowlist (one type for all overloads). */
function addReturns(classes, types) {
  for (const [key, entry] of Object.entries(classes)) {
    const returns = {};
    for (const [member, set] of types[key] || new Map()) {
      if (set.size === 1 && Object.hasOwn(classes, [...set][0])) returns[member] = [...set][0];
    }
    if (Object.keys(returns).length > 0) entry.returns = returns;
    if (entry.properties.length === 0) delete entry.properties;
  }
}

/** Classes only obtained from calls: the members that return them. */
function describeUnreachable(classes) {
  for (const [key, entry] of Object.entries(classes)) {
    if (entry.reach !== null) continue;
    const from = [];
    for (const [owner, other] of Object.entries(classes)) {
      for (const [member, type] of Object.entries(other.returns || {})) {
        if (type === key && owner !== key) from.push(`${owner}.${member}${other.methods.includes(member) ? '()' : ''}`);
      }
    }
    entry.reach = from.length > 0 ? `returned by ${from.sort().join(', ')}` : 'handed to scripts by the platform or other APIs';
  }
}

function globalOnly(pages, classes) {
  const out = {};
  for (const page of pages) {
    if (page.scoped || !Object.hasOwn(classes, page.name)) continue;
    const scoped = new Set(classes[page.name].methods);
    const names = methodNames(page).filter((m) => !scoped.has(m));
    const known = out[page.name];
    out[page.name] = known
      ? { ...known, methods: [...new Set([...known.methods, ...names])].sort() }
      : { page: page.url, doc: page.file, methods: names };
  }
  return out;
}

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys(value[k])]));
}

export function extract(markdown, source) {
  const pages = readPages(markdown);
  const found = pages.filter((p) => p.scoped).map(scopedClass);
  for (const example of EXAMPLE_PAGES) {
    const text = fs.readFileSync(path.join(markdown, example.doc), 'utf8');
    for (const c of classesFromExamples(text, example.namespace)) {
      const constructed = `new ${c.global}()`;
      found.push({ name: c.name, entry: { reach: constructed, global: c.global, page: c.page, doc: `markdown/${example.doc}`, documentedBy: 'examples', methods: c.methods, properties: [] }, types: new Map() });
    }
  }
  const { classes, types } = mergeClasses(found);
  addReturns(classes, types);
  describeUnreachable(classes);
  return sortKeys({
    source: {
      ...source,
      licence: 'Apache-2.0',
      folder: `markdown/${FOLDER}`,
      supplements: EXAMPLE_PAGES.map((e) => `markdown/${e.doc}`),
      generator: 'scripts/scoped-api/extract.mjs',
      note: 'class, method, property and type names extracted as facts; no prose copied',
    },
    classes,
    globalOnly: globalOnly(pages, classes),
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const args = parseArgs(process.argv.slice(2));
  const json = extract(args.markdown, { repository: 'ServiceNow/ServiceNowDocs', branch: args.branch, commit: args.commit });
  fs.mkdirSync(path.dirname(args.out), { recursive: true });
  fs.writeFileSync(args.out, JSON.stringify(json, null, 2) + '\n');
  console.log(`${Object.keys(json.classes).length} classes, ${Object.keys(json.globalOnly).length} with global-only names -> ${path.relative(process.cwd(), args.out)}`);
}
