// Node tests (not browser tests) of the widgets' documentation: the JSDoc of every element is
// complete, and docs/reference/widgets.md is what scripts/write-widgets-reference.mjs makes of it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
// @ts-expect-error the analyzer ships JavaScript without declarations for its CLI module
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { renderWidgetsReference } from '../../../scripts/write-widgets-reference.mjs';

const widgetsDir = fileURLToPath(new URL('..', import.meta.url));
const referenceFile = new URL('../../../docs/reference/widgets.md', import.meta.url);

interface Item {
  name: string;
  description?: string;
  summary?: string;
  privacy?: string;
  static?: boolean;
  kind?: string;
  type?: { text: string };
  inheritedFrom?: { name: string };
}
interface Declaration extends Item {
  tagName?: string;
  customElement?: boolean;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

/** The manifest of the current sources, built in memory exactly as `npm run build` builds it. */
async function analyzeSources(): Promise<Manifest> {
  return cli({ argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], cwd: widgetsDir, noWrite: true });
}

const manifest = await analyzeSources();
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

test('the manifest has the catalog elements', () => {
  const tags = elements.map((e) => e.tagName);
  for (const tag of ['cen-product-card', 'cen-product-grid', 'cen-service-card', 'cen-store']) assert.ok(tags.includes(tag), tag);
});

test('every element documents its summary and every public attribute, property, event, slot, part and custom property', () => {
  const missing: string[] = [];
  for (const el of elements) {
    if (!el.summary) missing.push(`${el.tagName}: @summary`);
    const publicFields = (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.name.startsWith('#') && (m.privacy ?? 'public') === 'public');
    const groups: [string, Item[]][] = [
      ['attribute', el.attributes ?? []],
      ['property', publicFields],
      ['event', el.events ?? []],
      ['slot', el.slots ?? []],
      ['css part', el.cssParts ?? []],
      ['css property', el.cssProperties ?? []],
    ];
    for (const [kind, items] of groups) for (const item of items) if (!item.description?.trim()) missing.push(`${el.tagName}: ${kind} ${item.name || '(default)'}`);
    // Events follow src/events/: `cen-<noun>-<verb>`, a `Cen…Event` type and the detail's shape.
    for (const event of el.events ?? []) {
      if (!/^cen-[a-z]+(-[a-z]+)*$/.test(event.name)) missing.push(`${el.tagName}: event named ${event.name}`);
      if (!/^Cen\w+Event$/.test(event.type?.text ?? '')) missing.push(`${el.tagName}: type of event ${event.name}`);
      if (!/`detail: \{[^`]+\}`/.test(event.description ?? '')) missing.push(`${el.tagName}: detail of event ${event.name}`);
    }
    if (el.tagName !== 'cen-store') {
      for (const part of ['base', 'error', 'action']) if (!el.cssParts?.some((p) => p.name === part)) missing.push(`${el.tagName}: part ${part}`);
      if (!el.attributes?.some((a) => a.name === 'lang')) missing.push(`${el.tagName}: inherited lang attribute`);
      if (!el.cssProperties?.some((p) => p.name === '--cen-color-primary')) missing.push(`${el.tagName}: inherited global tokens`);
      if (!el.cssProperties?.some((p) => p.name.startsWith(`--${el.tagName}-`))) missing.push(`${el.tagName}: own custom properties`);
    }
  }
  assert.deepEqual(missing, [], 'add the missing JSDoc tags to the component classes');
});

test('the reference renders each element with its tables, escaped for Markdown', () => {
  const md = renderWidgetsReference(manifest);
  for (const el of elements) assert.match(md, new RegExp(`^## \`<${el.tagName}>\`$`, 'm'));
  assert.match(md, /^\| `product` \| `productId` \| `string` \| `''` \| /m);
  assert.match(md, /^\| `cen-product-click` \| `CenProductClickEvent` \| `CenProductClickDetail` `\{ product: Product \}` \| The link was activated; cancelable/m);
  assert.match(md, /^\| `product` \| — \| `Product \\\| undefined` \| — \| /m, 'pipes in types are escaped');
  assert.match(md, /^\| `--cen-product-card-min-width` \| `10rem` \| /m);
  assert.match(md, /^\| `--cen-color-primary` \| `#1b5e42` \| /m);
  assert.match(md, /^\| `card-title` \| /m);
  assert.match(md, /\[global tokens\]\(#global-tokens-cenelement\)/);
  assert.match(md, /^## Global tokens \(CenElement\)$/m);
  assert.doesNotMatch(md, /#loader|#onClick|`items`|`busy`|`emit`|`locale`|`type` \| `CustomEvent`/, 'private members and the base class helpers stay out');
});

test('the renderer keeps private members out and tolerates sparse entries', () => {
  const md = renderWidgetsReference({
    modules: [
      {
        declarations: [
          {
            kind: 'class',
            name: 'CenThing',
            tagName: 'cen-thing',
            customElement: true,
            summary: 'A thing\nover two lines.',
            members: [
              { kind: 'field', name: 'shown', type: { text: "'a' | 'b'" }, description: 'Shown.' },
              { kind: 'field', name: 'hidden', privacy: 'private' },
              { kind: 'field', name: 'styles', static: true },
              { kind: 'method', name: 'reload', description: 'Fetches again.', return: { type: { text: 'void' } } },
            ],
            events: [{ name: 'cen-thing-change', description: 'Changed.' }],
            slots: [{ name: 'icon', description: 'An icon.' }],
          },
        ],
      },
    ],
  });
  assert.match(md, /^A thing over two lines\.$/m);
  assert.match(md, /^\| `shown` \| — \| `'a' \\\| 'b'` \| — \| Shown\. \|$/m);
  assert.match(md, /^\| `reload\(\): void` \| Fetches again\. \|$/m);
  assert.match(md, /^\| `cen-thing-change` \| — \| — \| Changed\. \|$/m);
  assert.match(md, /^\| `icon` \| An icon\. \|$/m);
  assert.doesNotMatch(md, /hidden|styles|### CSS parts/);
});

test('docs/reference/widgets.md is generated from the current JSDoc', () => {
  const committed = readFileSync(referenceFile, 'utf8');
  assert.ok(committed === renderWidgetsReference(manifest), 'docs/reference/widgets.md is stale: run `npm run build` (or `npm run analyze -w @thecen/widgets && node scripts/write-widgets-reference.mjs`)');
});
