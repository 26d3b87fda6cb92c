import { expect } from '@open-wc/testing';
import { configure, registerTranslation } from './config.js';

// This page imports the config entry alone: what a page that sets its defaults before loading a widget does.
describe('@layanan/widgets/config', () => {
  it('defines no custom element', async () => {
    registerTranslation('jv', { common: { retry: 'Jajal maneh' } }, { fallback: 'id' });
    configure({ apiBase: location.origin });
    const manifest = (await (await fetch('/packages/widgets/custom-elements.json')).json()) as { modules: { declarations?: { tagName?: string }[] }[] };
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
    expect(tags).to.include('layanan-queue-ticket');
    expect(tags.filter((tag) => customElements.get(tag))).to.deep.equal([]);
  });

  it('lets a widget loaded afterwards use what was set', async () => {
    await import('./agency-info/agency-info.js');
    const el = document.createElement('layanan-agency-info');
    el.setAttribute('lang', 'jv');
    expect(el.language).to.equal('jv');
    expect(el.resolvedApiBase).to.equal(`${location.origin}/`);
  });
});
