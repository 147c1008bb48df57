// Reading one page of ServiceNow's server API reference (markdown from ServiceNow/ServiceNowDocs): its front matter,
// its member headings (`## [Scoped ]<Class> - <member>\(<params>\)`), the type tables under each heading and the code
// samples. Only names and types are taken; no prose.

/** Markdown escapes (`\_`, `\(`) removed. */
export function unescapeMarkdown(text) {
  return text.replace(/\\(.)/g, '$1');
}

/** `[RESTAPIRequestBody](https://...)` -> `RESTAPIRequestBody`. */
function stripLinks(text) {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

export function frontMatter(text) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const fields = {};
  if (!match) return fields;
  for (const line of match[1].split('\n')) {
    const field = /^([a-z_]+):\s*(.*)$/.exec(line);
    if (field) fields[field[1]] = unescapeMarkdown(field[2].replace(/^"(.*)"$/, '$1')).trim();
  }
  return fields;
}

/** `GlideRecord - Scoped` -> { name: 'GlideRecord', scoped: true, global: true|false, deprecated }. */
export function parseTitle(title) {
  const match = /^(.+?)\s*[-–]\s*((?:Scoped|Global)[^-–]*)$/.exec(title || '');
  if (!match) return null;
  const availability = match[2];
  return {
    name: match[1].trim(),
    scoped: /Scoped/.test(availability),
    global: /Global/.test(availability),
    deprecated: /deprecated/i.test(availability),
  };
}

/** Rows of the markdown tables in `text`, each table as { header: string[], rows: string[][] }. */
function tables(text) {
  const out = [];
  let current = null;
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) {
      current = null;
      continue;
    }
    const cells = line.replace(/^\|/, '').replace(/\|\s*$/, '').split('|').map((c) => unescapeMarkdown(stripLinks(c)).trim());
    if (current === null) {
      current = { header: cells, rows: [] };
      out.push(current);
    } else if (!cells.every((c) => /^-*$/.test(c))) {
      current.rows.push(cells);
    }
  }
  return out;
}

/** A type cell reduced to one identifier-like name (`sn_ws.RESTResponseV2` -> `RESTResponseV2`), or null. */
function typeName(cell) {
  // A type cell may carry its page's title ("RESTAPIResponseStream - Scoped, Global").
  const match = /^(?:[a-z][a-z0-9_]*\.)?([A-Za-z_$][\w$]*)(?:\s*[-–]\s*(?:Scoped|Global).*)?$/.exec((cell || '').trim());
  return match ? match[1] : null;
}

/**
 * The members a page documents: one entry per `## ` heading whose text is `<Class> - <name>` (methods have a
 * parameter list, properties none). `returns` is the type named by the section's `|Type|Description|` table (methods)
 * or by the property's own row of its `|Name|Type|...|` table (properties).
 */
export function members(text) {
  const sections = text.split(/\n(?=## )/).filter((s) => s.startsWith('## '));
  const out = [];
  for (const section of sections) {
    const heading = unescapeMarkdown(section.slice(3, section.indexOf('\n') < 0 ? undefined : section.indexOf('\n'))).trim();
    const match = /^(?:Scoped\s+)?([A-Za-z_$][\w$.]*(?: [A-Za-z_$][\w$]*)*)\s*[-–]\s*([A-Za-z_$][\w$]*)\s*(\(.*)?$/.exec(heading);
    if (!match) continue;
    const [, owner, name, params] = match;
    const body = section.slice(section.indexOf('\n') + 1);
    const sectionTables = tables(body);
    let returns = null;
    if (params !== undefined) {
      const table = sectionTables.find((t) => t.header[0] === 'Type' && t.header[1] === 'Description');
      if (table && table.rows.length > 0) returns = typeName(table.rows[0][0]);
    } else {
      const table = sectionTables.find((t) => t.header[0] === 'Name' && t.header[1] === 'Type');
      const row = table && table.rows.find((r) => r[0] === name);
      if (row) returns = typeName(row[1]);
    }
    out.push({ owner: owner.trim(), name, kind: params === undefined ? 'property' : 'method', params: params || '', returns });
  }
  return out;
}

/** The fenced code blocks of a page, concatenated. */
export function codeSamples(text) {
  const blocks = [];
  const fence = /```[^\n]*\n([\s\S]*?)```/g;
  let match;
  while ((match = fence.exec(text)) !== null) blocks.push(match[1]);
  return blocks.join('\n');
}
