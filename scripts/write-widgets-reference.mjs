// Turns the widgets' custom-elements manifest (packages/widgets/dist/custom-elements.json, written
// by `cem analyze` from the components' JSDoc) into docs/reference/widgets.md. Runs in the build
// right after the analyzer (rollup.config.mjs); run it by hand with
// `node scripts/write-widgets-reference.mjs` after `npm run analyze -w @thecen/widgets`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const DEFAULT_MANIFEST = resolve(root, 'packages/widgets/dist/custom-elements.json');
export const DEFAULT_OUTPUT = resolve(root, 'docs/reference/widgets.md');

/** Text for one table cell: one line, pipes escaped (GFM needs that inside code spans too). */
function cell(text) {
  if (text === undefined || text === null || text === '') return '—';
  return String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
}

/** A code span that survives backticks inside the text. */
function code(text) {
  const value = String(text);
  return value.includes('`') ? `\`\` ${value} \`\`` : `\`${value}\``;
}

function table(headers, rows) {
  if (rows.length === 0) return '';
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ].join('\n');
}

function isPublic(member) {
  return !member.static && !member.name.startsWith('#') && (member.privacy === undefined || member.privacy === 'public');
}

/** Anchor GitHub gives a heading made of a code span, e.g. `<cen-store>` → `cen-store`. */
export function anchorOf(heading) {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** `CenProductLoadEvent` → `CenProductLoadDetail` (the kit's convention, src/events/*.ts). */
function detailTypeOf(eventType) {
  const match = /^Cen(\w+)Event$/.exec(eventType ?? '');
  return match ? `Cen${match[1]}Detail` : undefined;
}

/** Splits "… `detail: { product: Product }`." into the description and the detail shape. */
function splitDetail(description = '') {
  const match = /\s*`detail: (\{[^`]*\})`\.?\s*$/.exec(description);
  return match ? { description: description.slice(0, match.index).trim(), shape: match[1] } : { description, shape: undefined };
}

function elementSection(element, sharedBases) {
  const heading = `\`<${element.tagName}>\``;
  const out = [`## ${heading}`, ''];
  if (element.summary) out.push(element.summary.replace(/\s*\n\s*/g, ' ').trim(), '');
  if (element.description) out.push(element.description.trim(), '');
  out.push(`Class ${code(element.name)}.`, '');

  const attributes = (element.attributes ?? []).map((a) => [
    code(a.name),
    a.fieldName ? code(a.fieldName) : '',
    a.type?.text ? code(a.type.text) : '',
    a.default !== undefined ? code(a.default) : '',
    a.description,
  ]);
  if (attributes.length) out.push('### Attributes', '', table(['attribute', 'property', 'type', 'default', 'description'], attributes));

  const fields = (element.members ?? []).filter((m) => m.kind === 'field' && isPublic(m));
  const properties = fields.map((f) => [
    code(f.name),
    f.attribute ? code(f.attribute) : '',
    f.type?.text ? code(f.type.text) : '',
    f.default !== undefined ? code(f.default) : '',
    `${f.readonly ? 'Read-only. ' : ''}${f.description ?? ''}`,
  ]);
  if (properties.length) out.push('### Properties', '', table(['property', 'attribute', 'type', 'default', 'description'], properties));

  const methods = (element.members ?? []).filter((m) => m.kind === 'method' && isPublic(m));
  if (methods.length) {
    const signature = (m) =>
      `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`).join(', ')})${m.return?.type?.text ? `: ${m.return.type.text}` : ''}`;
    out.push('### Methods', '', table(['method', 'description'], methods.map((m) => [code(signature(m)), m.description])));
  }

  const events = (element.events ?? []).map((e) => {
    const { description, shape } = splitDetail(e.description);
    const detailType = detailTypeOf(e.type?.text);
    const detail = [detailType ? code(detailType) : '', shape ? code(shape) : ''].filter(Boolean).join(' ');
    return [code(e.name), e.type?.text ? code(e.type.text) : '', detail, description];
  });
  if (events.length) out.push('### Events', '', table(['event', 'type', 'detail', 'description'], events));

  const slots = (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description]);
  if (slots.length) out.push('### Slots', '', table(['slot', 'description'], slots));

  const parts = (element.cssParts ?? []).map((p) => [code(p.name), p.description]);
  if (parts.length) out.push('### CSS parts', '', table(['part', 'description'], parts));

  // Custom properties of a shared base class are listed once, in its own section.
  const own = (element.cssProperties ?? []).filter((p) => !sharedBases.has(p.inheritedFrom?.name));
  const inheritedFrom = [...new Set((element.cssProperties ?? []).map((p) => p.inheritedFrom?.name).filter((n) => sharedBases.has(n)))];
  if (own.length || inheritedFrom.length) {
    out.push('### CSS custom properties', '');
    if (own.length) out.push(table(['custom property', 'default', 'description'], own.map((p) => [code(p.name), p.default ? code(p.default) : '', p.description])));
    for (const base of inheritedFrom) out.push(`Also the [global tokens](#${anchorOf(`Global tokens (${base})`)}) every element shares.`, '');
  }
  return out.join('\n');
}

function sharedBaseSection(base, heirs) {
  const out = [`## Global tokens (${base.name})`, ''];
  out.push(
    `${heirs.map((e) => code(`<${e.tagName}>`)).join(', ')} extend ${code(base.name)} and inherit these. ` +
      'Set the custom properties on any ancestor (`:root`, a section) or on the element itself.',
    '',
  );
  const attributes = (base.attributes ?? []).map((a) => [code(a.name), a.type?.text ? code(a.type.text) : '', a.description]);
  if (attributes.length) out.push('### Attributes', '', table(['attribute', 'type', 'description'], attributes));
  const props = (base.cssProperties ?? []).map((p) => [code(p.name), p.default ? code(p.default) : '', p.description]);
  if (props.length) out.push('### CSS custom properties', '', table(['custom property', 'default', 'description'], props));
  return out.join('\n');
}

/** The Markdown reference of every custom element in a custom-elements manifest. */
export function renderWidgetsReference(manifest) {
  const declarations = (manifest.modules ?? []).flatMap((m) => m.declarations ?? []);
  const elements = declarations.filter((d) => d.customElement && d.tagName).sort((a, b) => a.tagName.localeCompare(b.tagName));
  // Bases (no tag) whose members the elements inherit: documented once.
  const sharedBases = new Set(
    elements.flatMap((e) => [...(e.cssProperties ?? []), ...(e.attributes ?? [])].map((x) => x.inheritedFrom?.name)).filter(Boolean),
  );
  for (const name of [...sharedBases]) if (!declarations.some((d) => d.name === name && !d.tagName)) sharedBases.delete(name);

  const out = [
    '<!-- Generated by scripts/write-widgets-reference.mjs from packages/widgets/dist/custom-elements.json on every `npm run build`. Do not edit: change the JSDoc of the components instead. -->',
    '',
    '# Widgets reference',
    '',
    'Every element of `@thecen/widgets`: attributes, properties, events, slots, CSS parts and CSS custom',
    'properties, generated from the JSDoc of the component classes through the custom-elements manifest',
    '(`@thecen/widgets/custom-elements.json`). For a guide with examples, see [the widgets guide](../widgets.md).',
    '',
    `Elements: ${elements.map((e) => `[\`<${e.tagName}>\`](#${anchorOf(`<${e.tagName}>`)})`).join(' · ')}`,
    '',
    'Events bubble and are composed (they cross shadow roots); `detail` is always an object. Detail types',
    'are exported by `@thecen/widgets` and registered in `HTMLElementEventMap`.',
    '',
  ];
  for (const element of elements) out.push(elementSection(element, sharedBases));
  for (const name of sharedBases) {
    const heirs = elements.filter((e) => [...(e.cssProperties ?? []), ...(e.attributes ?? [])].some((x) => x.inheritedFrom?.name === name));
    out.push(sharedBaseSection(declarations.find((d) => d.name === name && !d.tagName), heirs));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** Reads the manifest and writes the reference; returns the path written. */
export function writeWidgetsReference({ manifestPath = DEFAULT_MANIFEST, outputPath = DEFAULT_OUTPUT } = {}) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  mkdirSync(dirname(outputPath), { recursive: true });
  writeFileSync(outputPath, renderWidgetsReference(manifest));
  return outputPath;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const written = writeWidgetsReference({
    manifestPath: process.argv[2] ? resolve(process.argv[2]) : DEFAULT_MANIFEST,
    outputPath: process.argv[3] ? resolve(process.argv[3]) : DEFAULT_OUTPUT,
  });
  console.log(`wrote ${relative(process.cwd(), written)}`);
}
