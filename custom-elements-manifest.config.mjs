// custom-elements.json for @layanan/widgets, from each element's JSDoc header (the header is the API).
export default {
  globs: ['packages/widgets/src/**/*.ts'],
  exclude: ['packages/widgets/src/**/*.test.ts', 'packages/widgets/src/**/*.styles.ts', 'packages/widgets/src/translations/**'],
  outdir: 'packages/widgets',
  litelement: true,
  dependencies: false,
};
