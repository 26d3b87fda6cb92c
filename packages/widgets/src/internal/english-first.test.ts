import { expect, waitUntil } from '@open-wc/testing';
import '../agency-info/agency-info.js';
import '../queue-ticket/queue-ticket.js';
import { useMockApi } from '../../test/mock-api.js';
import { englishLoaded } from './locale.js';

// Its own file, so its page starts with no English texts in memory, as a citizen's page does.
/** Every text the element's shadow root shows, from its very first render on, as one string per change. */
function textsFromFirstRender(el: HTMLElement): string[] {
  const seen: string[] = [];
  new MutationObserver(() => seen.push(el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim())).observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
  return seen;
}

describe('the English texts, loaded only for a widget that speaks English', () => {
  useMockApi(() => undefined);

  it('an Indonesian page has not loaded them', async () => {
    const el = document.createElement('layanan-agency-info');
    document.body.append(el);
    await waitUntil(() => el.shadowRoot?.textContent?.includes('Jam layanan'), 'the agency never rendered', { timeout: 5000 });
    el.remove();
    expect(englishLoaded(), 'no English catalog was fetched for an Indonesian page').to.be.instanceOf(Promise);
  });

  it('a widget in English never shows Indonesian first: its first render is already English', async () => {
    for (const tag of ['layanan-queue-ticket', 'layanan-agency-info']) {
      const el = document.createElement(tag);
      el.setAttribute('lang', 'en');
      document.body.append(el);
      const texts = textsFromFirstRender(el);
      await waitUntil(() => texts.length > 0, `<${tag}> never rendered`, { timeout: 5000 });
      expect(texts[0], `<${tag}>'s first render`).to.contain('Loading');
      await waitUntil(() => texts.length > 1, `<${tag}> never rendered its data`, { timeout: 5000 });
      for (const text of texts) expect(text, `<${tag}>`).not.to.match(/Memuat|Jam layanan|Coba lagi/);
      el.remove();
    }
    expect(englishLoaded(), 'every English catalog is in memory now').to.equal(undefined);
  });
});
