import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { http, HttpResponse } from 'msw';
import type { BrowserMockServer } from '@layanan/mock-server/browser';
import { useMockApi } from '../test/mock-api.js';
import { tags } from '../widgets.mjs';
import './index.js';

/*
 * The manifest is the API that editors, Storybook, the README and framework types read: every
 * widget is rendered in each of its states against the reference server, and the `part`s seen in
 * its own shadow root (not in nested widgets') must be exactly the parts custom-elements.json
 * documents for it; the same for the `--layanan-*` tokens its stylesheets read.
 */

interface Documented {
  name: string;
}
interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  cssParts?: Documented[];
  cssProperties?: Documented[];
}
interface Manifest {
  modules: Array<{ declarations?: ManifestDeclaration[] }>;
}

const documented = new Map<string, ManifestDeclaration>();
/** tag → part → the states it was seen in. */
const seen = new Map<string, Map<string, Set<string>>>();
/** tag → the states tried. */
const tried = new Map<string, string[]>();
/** tag → the text of its shadow root's stylesheets. */
const stylesheets = new Map<string, string>();

before(async () => {
  // Built by `npm run build` before the tests; the test server serves the package folder.
  const response = await fetch(new URL('../custom-elements.json', import.meta.url));
  expect(response.ok, 'packages/widgets/custom-elements.json missing: run `npm run build`').to.equal(true);
  const manifest = (await response.json()) as Manifest;
  for (const module of manifest.modules) for (const declaration of module.declarations ?? []) if (declaration.customElement && declaration.tagName) documented.set(declaration.tagName, declaration);
});

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const part = (el: Element, name: string) => $(el, `[part~="${name}"]`);
const until = (what: () => unknown, message: string, timeout = 8000) => waitUntil(what, message, { timeout });
const post = (path: string, body?: object) =>
  fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });

async function typeInto(input: HTMLInputElement | HTMLTextAreaElement, text: string) {
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.blur();
  input.dispatchEvent(new FocusEvent('blur'));
  input.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
}
const typeIn = (el: Element, selector: string, text: string) => typeInto($<HTMLInputElement>(el, selector)!, text);
/** The text box inside an identity input (`<layanan-nik-input>` …) in `el`'s shadow root. */
const innerInput = (host: Element) => host.shadowRoot!.querySelector('input')!;

function choose(el: Element, selector: string, value?: string) {
  const control = $<HTMLInputElement | HTMLSelectElement>(el, selector)!;
  if (value === undefined) (control as HTMLInputElement).click();
  else {
    control.value = value;
    control.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

/** Every part in the element's own shadow root, as long as the state runs (transient ones too). */
function watchParts(el: Element, into: Set<string>): () => void {
  const scan = () => {
    for (const node of el.shadowRoot!.querySelectorAll('[part]')) for (const name of node.getAttribute('part')!.split(/\s+/)) if (name) into.add(name);
  };
  scan();
  const observer = new MutationObserver(scan);
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, attributeFilter: ['part'] });
  return () => {
    scan();
    observer.disconnect();
  };
}

/**
 * One state of one widget: renders `template`, runs `reach` (which waits for the state's own
 * content, so a state that is never reached fails here, not silently), and records the parts.
 */
/** Starts recording the parts of another element of the same state (the widget after a reload). */
type Watch = (el: Element) => void;

function state<T extends HTMLElement>(tag: string, name: string, template: () => TemplateResult, reach: (el: T, watch: Watch) => Promise<unknown>, before?: () => Promise<unknown> | void) {
  it(`<${tag}> ${name}`, async () => {
    await before?.();
    const el = await fixture<T>(template());
    const host = el.localName === tag ? el : el.querySelector(tag)!;
    expect(host, `no <${tag}> rendered`).to.not.equal(null);
    const parts = new Set<string>();
    const stops: Array<() => void> = [];
    const watch: Watch = (other) => void stops.push(watchParts(other, parts));
    watch(host);
    try {
      await reach(el, watch);
    } finally {
      stops.forEach((stop) => stop());
    }
    const byPart = seen.get(tag) ?? new Map<string, Set<string>>();
    for (const found of parts) byPart.set(found, (byPart.get(found) ?? new Set()).add(name));
    seen.set(tag, byPart);
    tried.set(tag, [...(tried.get(tag) ?? []), name]);
    const sheets = host.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    stylesheets.set(tag, sheets.join('\n'));
  });
}

/** `--layanan-x` tokens that rules read, directly or through the `--_alias: var(--layanan-x …)` set on :host. */
function tokensRead(css: string): Set<string> {
  const aliases = new Map<string, string>();
  for (const [, alias, token] of css.matchAll(/(--_[\w-]+):\s*var\((--layanan-[\w-]+)/g)) aliases.set(alias!, token!);
  const rules = css.replace(/--_[\w-]+:\s*var\(--layanan-[^;]*;/g, '');
  const read = new Set<string>();
  for (const [, name] of rules.matchAll(/var\((--[\w-]+)/g)) {
    if (name!.startsWith('--layanan-')) read.add(name!);
    else if (aliases.has(name!)) read.add(aliases.get(name!)!);
  }
  return read;
}

/** After every state of `tag` ran: parts seen ⇔ parts documented, tokens read ⇔ tokens documented. */
function matchesManifest(tag: string) {
  it(`<${tag}> renders exactly the parts custom-elements.json documents`, () => {
    const element = documented.get(tag);
    expect(element, `custom-elements.json has no custom element <${tag}>`).to.not.equal(undefined);
    const states = tried.get(tag) ?? [];
    const byPart = seen.get(tag) ?? new Map<string, Set<string>>();
    const names = new Set((element!.cssParts ?? []).map((entry) => entry.name));
    const problems = [
      ...[...byPart].filter(([name]) => !names.has(name)).map(([name, where]) => `part "${name}" is rendered (in: ${[...where].join('; ')}) but not documented: add \`@csspart ${name} - …\` to the header`),
      ...[...names].filter((name) => !byPart.has(name)).map((name) => `part "${name}" is documented but no state rendered it (tried: ${states.join('; ')}): remove it, or add the state that shows it`),
    ];
    expect(problems, `<${tag}>:\n  ${problems.join('\n  ')}`).to.deep.equal([]);
  });

  it(`<${tag}> reads exactly the --layanan-* tokens custom-elements.json documents`, () => {
    const element = documented.get(tag)!;
    const read = tokensRead(stylesheets.get(tag) ?? '');
    const names = new Set((element.cssProperties ?? []).map((entry) => entry.name));
    const problems = [
      ...[...read].filter((name) => !names.has(name)).map((name) => `${name} is read by its styles but not documented (styles/tokens.ts)`),
      ...[...names].filter((name) => !read.has(name)).map((name) => `${name} is documented but its styles never read it`),
    ];
    expect(problems, `<${tag}>:\n  ${problems.join('\n  ')}`).to.deep.equal([]);
  });
}

const FRIDAY_MORNING = '2026-11-27T10:00:00+07:00';
const NIK = '1803054512900001';

describe('every widget documents exactly the parts and tokens it renders', () => {
  let mock: BrowserMockServer;
  useMockApi((server) => (mock = server));
  // Offline for the whole state: the first try and every retry fail.
  const offline = () => void mock.store.state.config.failures.push({ mode: 'network', count: 1000 });

  it('finds every element in custom-elements.json', () => {
    expect([...documented.keys()].sort()).to.deep.equal([...tags].sort());
  });

  describe('<layanan-agency-info>', () => {
    const tag = 'layanan-agency-info';
    state(tag, 'loaded', () => html`<layanan-agency-info now=${FRIDAY_MORNING}></layanan-agency-info>`, (el) => until(() => part(el, 'week'), 'no week'));
    state(tag, 'no opening hours', () => html`<layanan-agency-info now=${FRIDAY_MORNING}></layanan-agency-info>`, (el) => until(() => part(el, 'empty'), 'no empty state'), () => {
      mock.store.state.agency.openingHours = [];
    });
    state(tag, 'offline', () => html`<layanan-agency-info></layanan-agency-info>`, (el) => until(() => part(el, 'retry-button'), 'no error', 15000), offline);
    matchesManifest(tag);
  });

  const identityInputs: Array<[string, string]> = [
    ['layanan-nik-input', NIK],
    ['layanan-npwp-input', '09.254.294.3-407.000'],
    ['layanan-nop-input', '180301000100100010'],
    ['layanan-phone-input', '0812 3456 7890'],
    ['layanan-code-input', '7K3QP-M2XJ9-R4T8W'],
  ];
  for (const [tag, valid] of identityInputs) {
    describe(`<${tag}>`, () => {
      const render = () => html`<form>${identityInput(tag)}</form>`;
      state(tag, 'left empty while required', render, async (host) => {
        const el = host.querySelector(tag)!;
        await typeInto(innerInput(el), '');
        (el as HTMLElement & { reportValidity(): boolean }).reportValidity();
        await until(() => part(el, 'error')?.textContent, 'no error message');
      });
      state(tag, 'a valid number', render, async (host) => {
        const el = host.querySelector(tag)!;
        await typeInto(innerInput(el), valid);
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(part(el, 'error')!.textContent, `${valid} should be valid`).to.equal('');
      });
      matchesManifest(tag);
    });
  }

  describe('<layanan-queue-ticket>', () => {
    const tag = 'layanan-queue-ticket';
    const submit = (el: Element) => $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    state(tag, 'the form, sent empty', () => html`<layanan-queue-ticket service="akta-kelahiran"></layanan-queue-ticket>`, async (el) => {
      await until(() => part(el, 'service-info'), 'no form');
      submit(el);
      await until(() => part(el, 'error-summary'), 'no error summary');
    });
    state(tag, 'a ticket, with an in-page reminder as the turn comes', () => html`<layanan-queue-ticket service="akta-kelahiran"></layanan-queue-ticket>`, async (el) => {
      const original = Object.getOwnPropertyDescriptor(Notification, 'permission')!;
      Object.defineProperty(Notification, 'permission', { configurable: true, get: () => 'denied' });
      try {
        await until(() => part(el, 'form'), 'no form');
        await typeIn(el, '#name', 'Siti Rahmawati');
        await typeInto(innerInput($(el, 'layanan-phone-input')!), '0812-3456-7890');
        submit(el);
        await until(() => part(el, 'qr'), 'no ticket');
        choose(el, '#remind-at', '1');
        [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Nyalakan pengingat')!.click();
        // The ticket's code as the device keeps it (DeviceDraft: `layanan:queue-ticket:<api>:code:<service>`).
        const code = (JSON.parse(Object.entries({ ...localStorage }).find(([key]) => key.startsWith('layanan:queue-ticket:') && key.includes(':code:'))![1]) as { data: string }).data;
        for (let minute = 0; minute < 6 * 60 && !part(el, 'alert'); minute++) {
          const ticket = await (await fetch(`/v1/queue/tickets/${code}`)).json();
          if (ticket.peopleAhead !== null && ticket.peopleAhead <= 1) break;
          mock.store.setNow(mock.store.now().getTime() + 60_000);
        }
        await until(() => part(el, 'alert'), 'no in-page reminder');
      } finally {
        Object.defineProperty(Notification, 'permission', original);
      }
    });
    state(tag, 'offline', () => html`<layanan-queue-ticket></layanan-queue-ticket>`, (el) => until(() => part(el, 'retry-button'), 'no error', 15000), offline);
    matchesManifest(tag);
  });

  describe('<layanan-tax-payment>', () => {
    const tag = 'layanan-tax-payment';
    let samples: { one: string; paid: string };
    before(async () => {
      const { taxes } = (await (await fetch('/v1/_mock/samples')).json()) as { taxes: Array<{ what: string; objectNumber: string }> };
      const pick = (words: string) => taxes.find((sample) => sample.what.includes(words))!.objectNumber;
      samples = { one: pick('one unpaid year'), paid: pick('fully paid') };
    });
    const render = () => html`<layanan-tax-payment poll-interval="100"></layanan-tax-payment>`;
    const lookUp = async (el: Element, nop: string) => {
      await until(() => $(el, '#nop'), 'no NOP box');
      await typeInto(innerInput($(el, '#nop')!), nop);
      $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
      await until(() => part(el, 'bills') || part(el, 'empty') || part(el, 'error'), 'no bills');
    };
    state(tag, 'a billing code for BPHTB', render, async (el) => {
      await until(() => part(el, 'tax-types'), 'no choice of taxes');
      choose(el, 'input[name="tax-type"][value="bphtb"]');
      await until(() => part(el, 'billing-code'), 'no billing code box');
    });
    state(tag, 'bills, paid by QRIS, the receipt', render, async (el) => {
      await lookUp(el, samples.one);
      part(el, 'pay-button')!.click();
      await until(() => part(el, 'countdown'), 'no pending payment');
      const [payment] = [...mock.store.state.taxes.payments.values()].filter((p) => p.status === 'pending');
      await post(`/v1/_mock/payments/${payment!.code}/settle`);
      await until(() => part(el, 'print-button'), 'no receipt');
    });
    state(tag, 'a virtual account', render, async (el) => {
      await lookUp(el, samples.one);
      choose(el, 'input[value="virtual_account"]');
      await until(() => $(el, '#bank'), 'no bank choice');
      choose(el, '#bank', 'bank-lampung');
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      part(el, 'pay-button')!.click();
      await until(() => part(el, 'virtual-account'), 'no virtual account');
    });
    state(tag, 'a payment that expired', render, async (el) => {
      await lookUp(el, samples.one);
      part(el, 'pay-button')!.click();
      await until(() => part(el, 'countdown'), 'no pending payment');
      mock.store.setNow(mock.store.now().getTime() + 31 * 60_000);
      await until(() => part(el, 'ended'), 'no ended payment');
    });
    state(tag, 'a pending payment back after a reload', render, async (el, watch) => {
      await lookUp(el, samples.one);
      part(el, 'pay-button')!.click();
      await until(() => part(el, 'countdown'), 'no pending payment');
      fixtureCleanup();
      mock.store.state.config.latencyMs = 500; // long enough to see the placeholder
      const again = await fixture(render());
      watch(again);
      await until(() => part(again, 'countdown'), 'the pending payment did not come back');
    });
    state(tag, 'everything paid', render, (el) => lookUp(el, samples.paid).then(() => until(() => part(el, 'empty'), 'no empty state')));
    state(tag, 'offline lookup', render, async (el) => {
      mock.store.state.config.failures.push({ mode: 'network', path: '/v1/taxes/bills', count: 3 });
      await lookUp(el, samples.one);
      await until(() => part(el, 'retry-button'), 'no retry');
    });
    matchesManifest(tag);
  });

  describe('<layanan-permit-form>', () => {
    const tag = 'layanan-permit-form';
    const COMPLETE = 'PRM4X-C9MPT-W2HQZ';
    const title = (el: Element) => $(el, '.step-title')?.textContent?.trim() ?? '';
    const next = async (el: Element, heading: string) => {
      $(el, 'form .button[type="submit"]')!.click();
      await until(() => title(el) === heading, `never showed "${heading}"`);
    };
    state(tag, 'the list of permits', () => html`<layanan-permit-form></layanan-permit-form>`, (el) => until(() => part(el, 'resume') && part(el, 'type'), 'no list'));
    state(tag, 'no permits offered', () => html`<layanan-permit-form></layanan-permit-form>`, (el) => until(() => part(el, 'empty'), 'no empty state'), () =>
      mock.use(http.get('*/v1/permits/types', () => HttpResponse.json({ items: [], nextCursor: null }))),
    );
    state(tag, 'a step sent with errors, a file uploaded', () => html`<layanan-permit-form type="izin-usaha-mikro"></layanan-permit-form>`, async (el, watch) => {
      await until(() => title(el) === 'Data pemohon', 'no first step');
      $(el, 'form .button[type="submit"]')!.click();
      await until(() => part(el, 'error-summary'), 'no error summary');
      // The step with the photo of the premises.
      const draftKey = `layanan:permit-form:${location.origin}/:izin-usaha-mikro`;
      fixtureCleanup();
      localStorage.setItem(draftKey, JSON.stringify({ answers: { hasPremises: 'ya' }, unsaved: [], step: 1 }));
      const again = await fixture(html`<layanan-permit-form type="izin-usaha-mikro"></layanan-permit-form>`);
      watch(again);
      {
        await until(() => $(again, '#field-premisesPhoto'), 'no file field');
        const input = $<HTMLInputElement>(again, '#field-premisesPhoto')!;
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), new Uint8Array(2040)], 'bengkel.png', { type: 'image/png' }));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        await until(() => part(again, 'file'), 'no uploaded file');
      }
    });
    state(tag, 'reviewed, sent, the receipt', () => html`<layanan-permit-form code=${COMPLETE}></layanan-permit-form>`, async (el) => {
      await until(() => title(el) === 'Data pemohon', 'no first step');
      await next(el, 'Data usaha');
      await next(el, 'Pernyataan');
      await next(el, 'Periksa kembali jawaban Anda');
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('.actions .button')].find((b) => b.textContent!.trim() === 'Kirim permohonan')!.click();
      await until(() => part(el, 'code'), 'no receipt');
    });
    state(tag, 'corrections asked for', () => html`<layanan-permit-form code=${COMPLETE}></layanan-permit-form>`, (el) => until(() => part(el, 'revision'), 'no officer note'), async () => {
      await post(`/v1/permits/applications/${COMPLETE}/submit`);
      await post(`/v1/_mock/permits/applications/${COMPLETE}/decide`, { decision: 'request_revision', note: 'Uraian kegiatan kurang jelas.' });
    });
    state(tag, 'offline', () => html`<layanan-permit-form type="izin-usaha-mikro"></layanan-permit-form>`, (el) => until(() => part(el, 'retry-button'), 'no error', 15000), offline);
    matchesManifest(tag);
  });

  describe('<layanan-permit-status>', () => {
    const tag = 'layanan-permit-status';
    const COMPLETE = 'PRM4X-C9MPT-W2HQZ';
    state(tag, 'asking for a code', () => html`<layanan-permit-status></layanan-permit-status>`, (el) => until(() => part(el, 'lookup'), 'no lookup'));
    state(tag, 'corrections asked for', () => html`<layanan-permit-status code=${COMPLETE} form-url="/izin/ajukan"></layanan-permit-status>`, (el) => until(() => part(el, 'edit') && part(el, 'note'), 'no way back to the form'), async () => {
      await post(`/v1/permits/applications/${COMPLETE}/submit`);
      await post(`/v1/_mock/permits/applications/${COMPLETE}/decide`, { decision: 'request_revision', note: 'Uraian kegiatan kurang jelas.' });
    });
    state(tag, 'offline', () => html`<layanan-permit-status code=${COMPLETE}></layanan-permit-status>`, (el) => until(() => part(el, 'retry-button'), 'no error', 15000), offline);
    matchesManifest(tag);
  });

  describe('<layanan-complaint-form>', () => {
    const tag = 'layanan-complaint-form';
    const fill = async (el: Element) => {
      choose(el, '#category', 'jalan-rusak');
      await typeIn(el, '#title', 'Jalan berlubang di Kotabumi');
      await typeIn(el, '#description', 'Lubang besar di tengah jalan sejak dua minggu, berbahaya untuk pengendara motor.');
      await typeIn(el, '#location', 'Jl. Soekarno-Hatta, Kotabumi');
      await typeIn(el, '#name', 'Siti Aminah');
      await typeIn(el, '#phone', '0812 3456 7890');
      const consent = $<HTMLInputElement>(el, '#consent')!;
      consent.checked = true;
      consent.dispatchEvent(new Event('change', { bubbles: true }));
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    };
    const send = (el: Element) => $<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
    state(tag, 'typed, then cleared (with its undo)', () => html`<layanan-complaint-form></layanan-complaint-form>`, async (el) => {
      await until(() => part(el, 'form'), 'no form');
      await typeIn(el, '#title', 'Jalan berlubang di depan pasar');
      part(el, 'discard-button')!.click();
      await until(() => part(el, 'undo-button'), 'no undo after clearing');
    });
    state(tag, 'sent empty, then a photo and the device location', () => html`<layanan-complaint-form></layanan-complaint-form>`, async (el) => {
      await until(() => part(el, 'form'), 'no form');
      send(el);
      await until(() => part(el, 'error-summary'), 'no error summary');
      const geolocation = navigator.geolocation;
      const original = geolocation.getCurrentPosition;
      let allow = false;
      geolocation.getCurrentPosition = (ok, fail) =>
        allow ? ok({ coords: { latitude: -4.8361234, longitude: 104.8941234, accuracy: 12.4 } } as GeolocationPosition) : fail!({ code: 1, PERMISSION_DENIED: 1 } as GeolocationPositionError);
      try {
        part(el, 'locate-button')!.click();
        await until(() => part(el, 'location-error'), 'no location error');
        allow = true;
        part(el, 'locate-button')!.click();
        await until(() => part(el, 'coordinates'), 'no coordinates');
      } finally {
        geolocation.getCurrentPosition = original;
      }
      choose(el, '#category', 'jalan-rusak');
      await until(() => part(el, 'category-info'), 'no category info');
      const canvas = Object.assign(document.createElement('canvas'), { width: 64, height: 48 });
      canvas.getContext('2d')!.fillRect(0, 0, 64, 48);
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg'));
      const input = $<HTMLInputElement>(el, 'input[type=file]')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([blob], 'jalan.jpg', { type: 'image/jpeg' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => part(el, 'photo'), 'no photo', 15000);
    });
    state(tag, 'a draft restored, sending unsure', () => html`<layanan-complaint-form></layanan-complaint-form>`, async (el, watch) => {
      await until(() => part(el, 'form'), 'no form');
      await fill(el);
      fixtureCleanup();
      const again = await fixture(html`<layanan-complaint-form></layanan-complaint-form>`);
      watch(again);
      {
        await until(() => part(again, 'notice'), 'no notice of the restored draft');
        await fill(again);
        mock.store.state.config.failures.push({ mode: 'drop-response', path: '/v1/complaints', method: 'POST', count: 3 });
        send(again);
        await until(() => part(again, 'submit-error') && part(again, 'discard-button'), 'no submit error');
      }
    });
    state(tag, 'sent: the tracking code', () => html`<layanan-complaint-form status-url="/lacak?kode={code}"></layanan-complaint-form>`, async (el) => {
      await until(() => part(el, 'form'), 'no form');
      await fill(el);
      send(el);
      await until(() => part(el, 'status-link'), 'no tracking code');
    });
    state(tag, 'offline', () => html`<layanan-complaint-form></layanan-complaint-form>`, (el) => until(() => part(el, 'retry-button'), 'no error', 15000), offline);
    matchesManifest(tag);
  });

  describe('<layanan-complaint-status>', () => {
    const tag = 'layanan-complaint-status';
    const PUBLIC = 'JXN7K-ABS2Q-R4WMP';
    const ANONYMOUS = 'PNG3X-KMT8R-Q2HZW';
    state(tag, 'asking for a code', () => html`<layanan-complaint-status></layanan-complaint-status>`, (el) => until(() => part(el, 'lookup'), 'no lookup'));
    state(tag, 'resolved', () => html`<layanan-complaint-status code=${PUBLIC}></layanan-complaint-status>`, (el) => until(() => part(el, 'rating') && part(el, 'reopen'), 'no rating'));
    state(tag, 'in progress, followed up', () => html`<layanan-complaint-status code=${ANONYMOUS} poll="0"></layanan-complaint-status>`, async (el) => {
      await until(() => part(el, 'follow-up'), 'no follow-up form');
      part(el, 'refresh-button')!.click();
      await until(() => part(el, 'messages') && part(el, 'due-dates') && part(el, 'timeline'), 'no conversation');
    });
    state(tag, 'offline', () => html`<layanan-complaint-status code=${PUBLIC}></layanan-complaint-status>`, (el) => until(() => part(el, 'retry-button'), 'no error', 15000), offline);
    matchesManifest(tag);
  });
});

/** `<layanan-nik-input name="number" required help="…">` for any identity input tag. */
function identityInput(tag: string): TemplateResult {
  const name = unsafeStatic(tag);
  return staticHtml`<${name} name="number" required help="Seperti tertulis di kartu."></${name}>`;
}
