// The one TypeScript helper the widgets' code needs, for the browser bundles (layanan.js and each
// widget as a CDN user gets it): `__decorate` for member decorators (`@property`, `@state`,
// `@query`), which TypeScript emits under `experimentalDecorators`. tslib's version also serves
// class decorators and `Reflect.decorate` (reflect-metadata), which no widget uses; this one is
// about 150 B gzip smaller in every bundle. The npm build keeps importing tslib itself (the
// consumer's bundler shares it with the rest of their app). Decision 011.
//
// TypeScript calls it as `__decorate(decorators, prototype, name, desc)`: `desc` is `void 0` for a
// field and `null` for a method or accessor (then the current descriptor is read). The last
// decorator runs first; one that returns a descriptor replaces the one before, which is defined.
export function __decorate(decorators, target, key, desc) {
  if (desc === null) desc = Object.getOwnPropertyDescriptor(target, key);
  for (let i = decorators.length; i--; ) desc = decorators[i](target, key, desc) || desc;
  if (desc) Object.defineProperty(target, key, desc);
}
