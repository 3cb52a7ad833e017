// `npm run analyze -w @thecen/widgets` writes dist/custom-elements.json (package.json "customElements")
// from the JSDoc of the component classes.
export default {
  globs: ['src/components/**/*.component.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: 'dist',
  litelement: true,
};
