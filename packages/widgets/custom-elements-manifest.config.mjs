// `npm run analyze -w @thecen/widgets` writes dist/custom-elements.json (package.json "customElements")
// from the JSDoc of the component classes; the base class is analysed too so that its `lang`
// attribute and global `--cen-*` tokens are inherited by every element's entry.
export default {
  globs: ['src/components/**/*.component.ts', 'src/internal/cen-element.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: 'dist',
  litelement: true,
};
