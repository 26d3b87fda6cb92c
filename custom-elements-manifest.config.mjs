// custom-elements.json for @layanan/widgets, from each element's JSDoc header (the header is the API).

/**
 * The analyzer also guesses events from `dispatchEvent(new SomeEvent(value))`, naming them after
 * the variable (`ticket`, `payment`) or leaving them nameless. Our events are all documented with
 * `@event` in the header; keep only those.
 */
const documentedEventsOnly = {
  name: 'layanan-documented-events-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name && event.description);
      }
    }
  },
};

export default {
  globs: ['packages/widgets/src/**/*.ts'],
  exclude: ['packages/widgets/src/**/*.test.ts', 'packages/widgets/src/**/*.styles.ts', 'packages/widgets/src/translations/**'],
  outdir: 'packages/widgets',
  litelement: true,
  dependencies: false,
  plugins: [documentedEventsOnly],
};
