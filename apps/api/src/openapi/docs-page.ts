/**
 * The /docs page: an API reference rendered on the server from the OpenAPI document, as plain
 * semantic HTML with one inline stylesheet. No scripts and no CDN, so it works offline, with
 * JavaScript off and under a strict CSP; headings, tables with header cells and a skip link make
 * it usable with a screen reader or keyboard.
 */
import { createHash } from 'node:crypto';
import { PROBLEM_KINDS, type ProblemKind } from '../http/problem.js';
import {
  operationsOf,
  type DocEntry,
  type DocModel,
  type DocParameter,
  type SchemaNode,
} from './docs-model.js';
import { escapeHtml, inlineMarkdown, slug } from './html.js';

const STYLE = `
:root { color-scheme: light dark; --muted: #5b6470; --line: #d5d9de; --accent: #0b5cad; }
@media (prefers-color-scheme: dark) { :root { --muted: #a4adb8; --line: #3a4048; --accent: #7db7ff; } }
* { box-sizing: border-box; }
body { font: 16px/1.55 system-ui, sans-serif; margin: 0 auto; max-width: 62rem; padding: 1rem 1.25rem 4rem; }
a { color: var(--accent); }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: Canvas; padding: .5rem; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .92em; }
h2 { border-top: 1px solid var(--line); padding-top: 1.5rem; margin-top: 2.5rem; }
h3 code { font-size: 1em; }
.method { display: inline-block; min-width: 3.5em; font-weight: 700; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0 1.25rem; }
th, td { border: 1px solid var(--line); padding: .35rem .55rem; text-align: left; vertical-align: top; }
th { background: color-mix(in srgb, CanvasText 6%, Canvas); }
.muted { color: var(--muted); }
nav ul { columns: 2 18rem; }
`;

function schemaName(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

/** A short, linked description of a schema's type. */
function typeOf(node: SchemaNode | undefined): string {
  if (node === undefined) return '';
  if (node.$ref !== undefined) {
    const name = schemaName(node.$ref);
    return `<a href="#schema-${slug(name)}">${escapeHtml(name)}</a>`;
  }
  if (node.const !== undefined) return `<code>${escapeHtml(JSON.stringify(node.const))}</code>`;
  if (node.enum !== undefined) {
    return node.enum
      .map((value) => `<code>${escapeHtml(JSON.stringify(value))}</code>`)
      .join(' | ');
  }
  const union = node.anyOf ?? node.oneOf;
  if (union !== undefined) return union.map(typeOf).join(' | ');
  if (node.allOf !== undefined) return node.allOf.map(typeOf).join(' &amp; ');
  const types = node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
  return types
    .map((type) => {
      if (type === 'array') {
        if (node.prefixItems !== undefined) return `[${node.prefixItems.map(typeOf).join(', ')}]`;
        return `array of ${typeOf(node.items) || 'values'}`;
      }
      return node.format === undefined ? type : `${type} (${escapeHtml(node.format)})`;
    })
    .join(' | ');
}

/** An example value as it would appear in a URL. */
function exampleText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function parameterRow(parameter: DocParameter): string {
  const schema = parameter.schema;
  const notes: string[] = [];
  if (schema?.default !== undefined) {
    notes.push(`Default <code>${escapeHtml(JSON.stringify(schema.default))}</code>.`);
  }
  const example = parameter.example ?? schema?.example;
  if (example !== undefined) {
    notes.push(`Example <code>${escapeHtml(exampleText(example))}</code>.`);
  }
  const description = parameter.description ?? schema?.description ?? '';
  return `<tr><th scope="row"><code>${escapeHtml(parameter.name)}</code></th><td>${escapeHtml(parameter.in)}${parameter.required === true ? ', required' : ''}</td><td>${typeOf(schema)}</td><td>${inlineMarkdown(description)} ${notes.join(' ')}</td></tr>`;
}

/** A link that runs the operation with its documented examples. */
function exampleLink(entry: DocEntry): string {
  if (entry.method !== 'get') return '';
  let path = entry.path;
  const query: string[] = [];
  for (const parameter of entry.operation.parameters ?? []) {
    const example = parameter.example ?? parameter.schema?.example;
    if (example === undefined) continue;
    const value = encodeURIComponent(exampleText(example));
    if (parameter.in === 'path') path = path.replace(`{${parameter.name}}`, value);
    else if (parameter.in === 'query' && parameter.name !== 'format' && parameter.name !== 'cursor')
      query.push(`${encodeURIComponent(parameter.name)}=${value}`);
  }
  if (path.includes('{')) return '';
  const href = query.length === 0 ? path : `${path}?${query.join('&')}`;
  return `<p>Try it: <a href="${escapeHtml(href)}"><code>${escapeHtml(href)}</code></a></p>`;
}

function operationId(entry: DocEntry): string {
  return `op-${entry.method}-${slug(entry.path)}`;
}

function operationSection(entry: DocEntry): string {
  const { operation } = entry;
  const parameters = operation.parameters ?? [];
  const parameterTable =
    parameters.length === 0
      ? '<p class="muted">No parameters. Unknown query parameters are refused with 400.</p>'
      : `<table><caption class="muted">Parameters. Unknown ones are refused with 400.</caption><thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Type</th><th scope="col">Description</th></tr></thead><tbody>${parameters.map(parameterRow).join('')}</tbody></table>`;
  const responses = Object.entries(operation.responses ?? {})
    .map(([status, response]) => {
      const media = Object.entries(response.content ?? {})
        .map(([type, content]) => `<code>${escapeHtml(type)}</code> ${typeOf(content.schema)}`)
        .join('; ');
      return `<tr><th scope="row">${escapeHtml(status)}</th><td>${inlineMarkdown(response.description)}</td><td>${media}</td></tr>`;
    })
    .join('');
  return `<section aria-labelledby="${operationId(entry)}">
<h3 id="${operationId(entry)}"><span class="method">${escapeHtml(entry.method.toUpperCase())}</span> <code>${escapeHtml(entry.path)}</code></h3>
<p><strong>${inlineMarkdown(operation.summary ?? '')}</strong></p>
${operation.description === undefined ? '' : `<p>${inlineMarkdown(operation.description)}</p>`}
${parameterTable}
<table><caption class="muted">Responses</caption><thead><tr><th scope="col">Status</th><th scope="col">Meaning</th><th scope="col">Body</th></tr></thead><tbody>${responses}</tbody></table>
${exampleLink(entry)}
</section>`;
}

function schemaSection(name: string, node: SchemaNode): string {
  const required = new Set(node.required ?? []);
  const properties = Object.entries(node.properties ?? {});
  const body =
    properties.length === 0
      ? `<p>${typeOf(node)}</p>`
      : `<table><thead><tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Description</th></tr></thead><tbody>${properties
          .map(
            ([field, child]) =>
              `<tr><th scope="row"><code>${escapeHtml(field)}</code>${required.has(field) ? '' : ' <span class="muted">(optional)</span>'}</th><td>${typeOf(child)}</td><td>${inlineMarkdown(child.description ?? '')}</td></tr>`,
          )
          .join('')}</tbody></table>`;
  return `<section aria-labelledby="schema-${slug(name)}"><h3 id="schema-${slug(name)}">${escapeHtml(name)}</h3>${node.description === undefined ? '' : `<p>${inlineMarkdown(node.description)}</p>`}${body}</section>`;
}

const PROBLEM_EXPLANATIONS: Readonly<Record<ProblemKind, string>> = {
  'invalid-parameters':
    'A query or path parameter is malformed, out of range, unknown to the endpoint, or given twice. `errors` lists each one with `name`, `in` and `reason`; fix them all and retry.',
  'not-found': 'No endpoint has this path. The endpoints are listed on this page.',
  'incidents-disabled':
    '/v1/incidents serves an operator’s own licensed ACLED export. This server was started without one (`--acled FILE`), so there are no incident rows to serve; the project never serves raw rows itself.',
  'method-not-allowed':
    'The API is read-only: use GET (or HEAD). The `Allow` header lists the methods the path accepts.',
  'uri-too-long': 'The URL is longer than 2,048 characters. Narrow the query instead.',
  'internal-error':
    'A bug on the server. It has been logged; nothing you sent caused it, and retrying will not help until it is fixed.',
};

function problemsSection(): string {
  const kinds = Object.keys(PROBLEM_KINDS) as ProblemKind[];
  return kinds
    .map(
      (kind) =>
        `<section aria-labelledby="problem-${kind}"><h3 id="problem-${kind}"><code>/docs#problem-${kind}</code> — ${PROBLEM_KINDS[kind].status} ${escapeHtml(PROBLEM_KINDS[kind].title)}</h3><p>${inlineMarkdown(PROBLEM_EXPLANATIONS[kind])}</p></section>`,
    )
    .join('\n');
}

const CONVENTIONS = `<ul>
<li>Responses about the snapshot never change while a server runs: they carry a strong <code>ETag</code> and <code>Cache-Control: public, max-age=3600</code>. Send <code>If-None-Match</code> to get <code>304 Not Modified</code>.</li>
<li>Bodies are compressed with brotli or gzip when <code>Accept-Encoding</code> allows.</li>
<li>Every error is <code>application/problem+json</code> (RFC 9457) with <code>type</code>, <code>title</code>, <code>status</code>, <code>detail</code>, <code>instance</code>, and for bad parameters an <code>errors</code> array.</li>
<li>CSV (<code>format=csv</code>) is RFC 4180 with a header row and CRLF line ends; columns follow the JSON field order. It is byte-identical to the story’s “download data” file for the same query.</li>
<li>CORS is open to every origin for GET and HEAD. No credentials, no rate-limit headers.</li>
</ul>`;

/** The rendered page and the hash its CSP must allow for the inline stylesheet. */
export interface DocsPage {
  readonly html: string;
  readonly styleHash: string;
}

/** Renders the reference page for a document. */
export function renderDocsPage(model: DocModel): DocsPage {
  const entries = operationsOf(model);
  const tags = model.tags ?? [];
  const byTag = tags.map((tag) => ({
    tag,
    entries: entries.filter((entry) => (entry.operation.tags ?? [])[0] === tag.name),
  }));
  const untagged = entries.filter((entry) => (entry.operation.tags ?? []).length === 0);
  const schemas = Object.entries(model.components?.schemas ?? {}).sort(([a], [b]) =>
    a < b ? -1 : 1,
  );
  const nav = entries
    .map(
      (entry) =>
        `<li><a href="#${operationId(entry)}"><code>${escapeHtml(entry.method.toUpperCase())} ${escapeHtml(entry.path)}</code></a></li>`,
    )
    .join('');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.info.title)} reference</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the reference</a>
<header>
<h1>${escapeHtml(model.info.title)} <span class="muted">v${escapeHtml(model.info.version)}</span></h1>
<p>${inlineMarkdown(model.info.description ?? '')}</p>
<p>Machine-readable: <a href="/openapi.json"><code>/openapi.json</code></a> (OpenAPI 3.1).</p>
</header>
<nav aria-label="Endpoints"><h2>Endpoints</h2><ul>${nav}</ul></nav>
<main id="main">
<h2 id="conventions">Conventions</h2>
${CONVENTIONS}
${byTag
  .filter((group) => group.entries.length > 0)
  .map(
    (group) =>
      `<h2 id="tag-${slug(group.tag.name)}">${escapeHtml(group.tag.name)}</h2>${group.tag.description === undefined ? '' : `<p>${inlineMarkdown(group.tag.description)}</p>`}\n${group.entries.map(operationSection).join('\n')}`,
  )
  .join('\n')}
${untagged.map(operationSection).join('\n')}
<h2 id="problems">Problems</h2>
${problemsSection()}
<h2 id="schemas">Schemas</h2>
${schemas.map(([name, node]) => schemaSection(name, node)).join('\n')}
</main>
</body>
</html>
`;
  const styleHash = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;
  return { html, styleHash };
}
