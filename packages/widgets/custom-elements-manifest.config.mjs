// `npm run analyze -w @thecen/widgets` writes dist/custom-elements.json (package.json "customElements")
// from the JSDoc of the component classes; the base class is analysed too so that its `lang`
// attribute and global `--cen-*` tokens are inherited by every element's entry.

/**
 * The base class's `emit(type, …)` dispatches events whose name is a parameter; the analyzer
 * would record them as one event called `type` and copy it into every element. Each element
 * documents the events it really fires with `@event`, so base classes keep none.
 */
function dropBaseClassEvents() {
  return {
    name: 'cen-drop-base-class-events',
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        if (declaration.kind === 'class' && !declaration.tagName) delete declaration.events;
      }
    },
  };
}

/**
 * Internal reactive state (`{ state: true }` in `static properties`, declared `private`) is not an
 * attribute, but the analyzer lists every entry of `static properties` as one: drop the attributes
 * of private and protected fields.
 */
function dropInternalStateAttributes() {
  return {
    name: 'cen-drop-internal-state-attributes',
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        if (declaration.kind !== 'class') continue;
        const internal = new Set(
          (declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
        );
        if (!internal.size) continue;
        declaration.attributes = (declaration.attributes ?? []).filter((a) => !internal.has(a.fieldName));
        for (const member of declaration.members ?? []) if (internal.has(member.name)) delete member.attribute;
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.component.ts', 'src/internal/cen-element.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [dropBaseClassEvents(), dropInternalStateAttributes()],
};
