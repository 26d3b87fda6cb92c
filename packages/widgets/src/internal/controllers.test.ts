import { expect, fixture, html as testHtml, nextFrame } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { Announcer } from './announcer.js';
import { FocusController } from './focus.js';
import { focusField, renderErrorSummary } from './field.js';
import { WatchController } from './watch.js';
import { id as t } from '../translations/id.js';

class FocusHost extends LitElement {
  static override properties = { step: { type: Number } };
  declare step: number;
  readonly focusing = new FocusController(this);
  readonly announcer = new Announcer(this);
  values: number[] = [];
  errors: unknown[] = [];
  ended = 0;
  readonly watch = new WatchController<number>(this, { onValue: (v) => this.values.push(v), onError: (e) => this.errors.push(e), onEnd: () => this.ended++ });
  constructor() {
    super();
    this.step = 1;
  }
  override render() {
    return html`${this.step === 2 ? html`<h2 tabindex="-1">Langkah 2</h2>` : html`<button>Lanjut</button>`}${this.announcer.render()}`;
  }
}
customElements.define('test-controller-host', FocusHost);

const live = (el: FocusHost) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

describe('FocusController', () => {
  it('focuses the target once a render shows it, and keeps it until then', async () => {
    const el = await fixture<FocusHost>(testHtml`<test-controller-host></test-controller-host>`);
    el.focusing.after('h2');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(null);
    el.step = 2;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('Langkah 2');
    // The ring shows also after a tap (programmatic focus that :focus-visible would not match).
    el.step = 1;
    await el.updateComplete;
    el.step = 2;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(null);
  });

  it('a newer target replaces a pending one; cancel() drops it', async () => {
    const el = await fixture<FocusHost>(testHtml`<test-controller-host></test-controller-host>`);
    el.focusing.after('h2');
    el.focusing.after('button');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('BUTTON');
    (el.shadowRoot!.activeElement as HTMLElement).blur();
    el.focusing.after('h2');
    el.focusing.cancel();
    el.step = 2;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(null);
  });
});

describe('Announcer', () => {
  it('says a sentence, and the same sentence again is emptied first so it is read again', async () => {
    const el = await fixture<FocusHost>(testHtml`<test-controller-host></test-controller-host>`);
    el.announcer.announce('Nomor Anda dipanggil');
    await new Promise((r) => setTimeout(r, 0));
    await nextFrame();
    await el.updateComplete;
    expect(live(el)).to.equal('Nomor Anda dipanggil');
    el.announcer.announce('Nomor Anda dipanggil');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(live(el)).to.equal('');
    await nextFrame();
    await el.updateComplete;
    expect(live(el)).to.equal('Nomor Anda dipanggil');
  });

  it('a delayed sentence is replaced by a newer one, and nothing is said after the widget left', async () => {
    const el = await fixture<FocusHost>(testHtml`<test-controller-host></test-controller-host>`);
    el.announcer.announce('10 karakter lagi', 50);
    el.announcer.announce('9 karakter lagi', 50);
    await new Promise((r) => setTimeout(r, 80));
    await nextFrame();
    await el.updateComplete;
    expect(live(el)).to.equal('9 karakter lagi');
    el.announcer.announce('terlambat', 10);
    el.remove();
    await new Promise((r) => setTimeout(r, 40));
    await nextFrame();
    expect(live(el)).not.to.equal('terlambat');
    document.body.append(el);
    await el.updateComplete;
    expect(live(el)).to.equal('');
  });
});

describe('WatchController', () => {
  async function* count(signal: AbortSignal, upTo: number, fail?: Error) {
    for (let i = 1; i <= upTo; i++) {
      if (signal.aborted) return;
      yield i;
      await new Promise((r) => setTimeout(r, 5));
    }
    if (fail) throw fail;
  }

  it('hands each value to the widget and says when the resource is final', async () => {
    const el = await fixture<FocusHost>(testHtml`<test-controller-host></test-controller-host>`);
    el.watch.start((signal) => count(signal, 3));
    expect(el.watch.watching).to.equal(true);
    await new Promise((r) => setTimeout(r, 60));
    expect(el.values).to.deep.equal([1, 2, 3]);
    expect(el.ended).to.equal(1);
    expect(el.watch.watching).to.equal(false);
  });

  it('an error ends the watch through onError; a replaced or stopped watch says nothing more', async () => {
    const el = await fixture<FocusHost>(testHtml`<test-controller-host></test-controller-host>`);
    el.watch.start((signal) => count(signal, 1, new Error('404')));
    await new Promise((r) => setTimeout(r, 30));
    expect(el.errors).to.have.length(1);
    el.values = [];
    el.watch.start((signal) => count(signal, 100));
    await new Promise((r) => setTimeout(r, 12));
    el.watch.start((signal) => count(signal, 0, new Error('replaced')));
    await new Promise((r) => setTimeout(r, 30));
    const seen = el.values.length;
    expect(seen).to.be.greaterThan(0).and.lessThan(100);
    expect(el.errors).to.have.length(2);
    el.watch.start((signal) => count(signal, 100));
    el.remove();
    await new Promise((r) => setTimeout(r, 30));
    expect(el.watch.watching).to.equal(false);
    expect(el.values.length).to.be.lessThan(seen + 3);
  });

  it('asks nothing while the page is hidden, and starts again when it is visible', async () => {
    const el = await fixture<FocusHost>(testHtml`<test-controller-host></test-controller-host>`);
    let starts = 0;
    const setVisibility = (state: DocumentVisibilityState) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      el.watch.start((signal) => (starts++, count(signal, 1000)));
      await new Promise((r) => setTimeout(r, 30));
      setVisibility('hidden');
      const seen = el.values.length;
      expect(seen).to.be.greaterThan(0);
      await new Promise((r) => setTimeout(r, 40));
      expect(el.values.length, 'values while hidden').to.be.at.most(seen + 1);
      expect(el.watch.watching, 'paused, not stopped').to.equal(true);
      el.values = [];
      setVisibility('visible');
      await new Promise((r) => setTimeout(r, 30));
      expect(starts).to.equal(2);
      expect(el.values[0], 'a new iterator').to.equal(1);
      // A stopped watch stays stopped when the page shows again.
      el.watch.stop();
      setVisibility('hidden');
      setVisibility('visible');
      await new Promise((r) => setTimeout(r, 20));
      expect(starts).to.equal(2);
      expect(el.watch.watching).to.equal(false);
      // Started while hidden: it waits for the page to show.
      setVisibility('hidden');
      el.watch.start((signal) => (starts++, count(signal, 1)));
      await new Promise((r) => setTimeout(r, 20));
      expect(starts).to.equal(2);
      setVisibility('visible');
      await new Promise((r) => setTimeout(r, 20));
      expect(starts).to.equal(3);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });
});

describe('error summary', () => {
  it('a link scrolls the field\'s label to the top, then focuses the control without scrolling again', async () => {
    const wrapper = await fixture<HTMLDivElement>(testHtml`<div style="height: 300px; overflow: auto">
      <div style="height: 1200px"></div>
      <label for="nama">Nama lengkap</label>
      <input id="nama" />
      <div style="height: 1200px"></div>
    </div>`);
    const label = wrapper.querySelector('label')!;
    focusField(wrapper, 'nama');
    expect(document.activeElement?.id).to.equal('nama');
    expect(Math.abs(label.getBoundingClientRect().top - wrapper.getBoundingClientRect().top)).to.be.lessThan(2);
  });

  it('renders one link per error, and a click lands on the field', async () => {
    const wrapper = await fixture<HTMLDivElement>(testHtml`<div><input id="email" /></div>`);
    const summary = document.createElement('div');
    wrapper.prepend(summary);
    const { render } = await import('lit');
    render(renderErrorSummary(t, [{ id: 'email', message: 'Email tidak valid' }], wrapper), summary);
    summary.querySelector('a')!.click();
    expect(document.activeElement?.id).to.equal('email');
  });
});
