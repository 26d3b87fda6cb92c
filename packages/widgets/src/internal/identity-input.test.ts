import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../index.js';
import type { LayananNikInput } from '../nik-input/nik-input.js';

/** Types into the inner input as a citizen would, then leaves the field. */
async function type(element: HTMLElement, text: string, leave = true) {
  const input = element.shadowRoot!.querySelector('input')!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  if (leave) {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    input.blur();
    input.dispatchEvent(new FocusEvent('blur'));
  }
  await (element as LayananNikInput).updateComplete;
}
const part = (element: Element, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

describe('identity inputs', () => {
  for (const tag of ['layanan-nik-input', 'layanan-npwp-input', 'layanan-nop-input', 'layanan-phone-input', 'layanan-code-input']) {
    it(`<${tag}> is accessible, empty and with an error`, async () => {
      const form = await fixture<HTMLFormElement>(`<form><${tag} name="x" required></${tag}></form>`);
      const element = form.firstElementChild as HTMLElement;
      await expect(element).to.be.accessible();
      await type(element, '123');
      expect(part(element, 'input').getAttribute('aria-invalid')).to.equal('true');
      await expect(element).to.be.accessible();
    });
  }

  it('takes part in a native form: FormData gets the normalized value under its name', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <layanan-nik-input name="nik"></layanan-nik-input>
      <layanan-phone-input name="phone"></layanan-phone-input>
      <layanan-npwp-input name="npwp"></layanan-npwp-input>
      <layanan-nop-input name="nop"></layanan-nop-input>
    </form>`);
    const [nik, phone, npwp, nop] = [...form.children] as HTMLElement[];
    await type(nik!, '1803 0545 1290 0001');
    await type(phone!, '0812-3456-7890');
    await type(npwp!, '01.234.567.4-123.000');
    await type(nop!, '18.03.010.001.001-0001.0');
    const data = Object.fromEntries(new FormData(form));
    expect(data).to.deep.equal({ nik: '1803054512900001', phone: '+6281234567890', npwp: '012345674123000', nop: '180301000100100010' });
    expect(form.checkValidity()).to.equal(true);
  });

  it('formats what was typed once the citizen leaves, and says what a NIK tells', async () => {
    const element = await fixture<LayananNikInput>(html`<layanan-nik-input></layanan-nik-input>`);
    await type(element, '1803054512900001');
    expect(part(element, 'input').matches(':focus')).to.equal(false);
    expect((part(element, 'input') as HTMLInputElement).value).to.equal('1803 0545 1290 0001');
    expect(part(element, 'hint').textContent).to.equal('Perempuan · lahir 5 Desember 1990 · Kabupaten Lampung Utara');
  });

  it('is invalid with the validator\'s own message, shown after leaving the field', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><layanan-nik-input name="nik"></layanan-nik-input></form>`);
    const element = form.firstElementChild as LayananNikInput;
    await type(element, '1803053002900001', false);
    expect(part(element, 'error').textContent).to.equal('', 'no error while still typing');
    expect(form.checkValidity()).to.equal(false);
    await type(element, '1803053002900001');
    expect(part(element, 'error').textContent).to.equal('Tanggal lahir pada NIK tidak mungkin.');
    expect(element.validationMessage).to.equal('Tanggal lahir pada NIK tidak mungkin.');
    expect(part(element, 'input').getAttribute('aria-describedby')).to.contain(part(element, 'error').id);
  });

  it('required: an empty field keeps the form from submitting, with a localized message', async () => {
    const form = await fixture<HTMLFormElement>(html`<form lang="en"><layanan-phone-input name="phone" required></layanan-phone-input></form>`);
    const element = form.firstElementChild as LayananNikInput;
    await element.updateComplete; // in English, the first render waits for the English texts
    expect(form.checkValidity()).to.equal(false);
    expect(element.validity.valueMissing).to.equal(true);
    expect(element.validationMessage).to.equal('Required.');
    await type(element, '0812');
    expect(part(element, 'error').textContent).to.equal('Not a valid phone number, e.g. 0812 3456 7890.');
  });

  it('a form reset brings back the initial value; a disabled input is left out of FormData', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <layanan-npwp-input name="npwp" value="012345674123000"></layanan-npwp-input>
      <layanan-phone-input name="phone" value="081234567890" disabled></layanan-phone-input>
    </form>`);
    const npwp = form.firstElementChild as LayananNikInput;
    await type(npwp, '99');
    form.reset();
    await npwp.updateComplete;
    expect((part(npwp, 'input') as HTMLInputElement).value).to.equal('012345674123000');
    expect(Object.fromEntries(new FormData(form))).to.deep.equal({ npwp: '012345674123000' });
  });

  it('a label outside is not needed: the visible label names the input', async () => {
    const element = await fixture<LayananNikInput>(html`<layanan-nop-input lang="en" label="Object number on your SPPT"></layanan-nop-input>`);
    const input = part(element, 'input') as HTMLInputElement;
    expect(input.labels![0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Object number on your SPPT (optional)');
  });

  it('fires change from the element itself', async () => {
    const element = await fixture<LayananNikInput>(html`<layanan-phone-input></layanan-phone-input>`);
    const changed = oneEvent(element, 'change');
    await type(element, '081234567890');
    expect((await changed).target).to.equal(element);
  });

  it('shows the separators of a NOP and a NIK while the citizen types at the end', async () => {
    const nop = await fixture<HTMLElement>(html`<layanan-nop-input></layanan-nop-input>`);
    const input = nop.shadowRoot!.querySelector('input')!;
    for (const [typed, shown] of [['1803010', '18.03.010'], ['18.03.0100', '18.03.010.0'], ['180301000100100010', '18.03.010.001.001-0001.0']]) {
      input.value = typed!;
      input.dispatchEvent(new InputEvent('input', { inputType: 'insertText', bubbles: true, composed: true }));
      await (nop as LayananNikInput).updateComplete;
      expect(input.value).to.equal(shown);
    }
    // Deleting never fights the citizen: what is left stays as it is.
    input.value = '18.03.';
    input.dispatchEvent(new InputEvent('input', { inputType: 'deleteContentBackward', bubbles: true, composed: true }));
    await (nop as LayananNikInput).updateComplete;
    expect(input.value).to.equal('18.03.');

    const nik = await fixture<LayananNikInput>(html`<layanan-nik-input></layanan-nik-input>`);
    const nikBox = nik.shadowRoot!.querySelector('input')!;
    nikBox.value = '18030545129';
    nikBox.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true, composed: true }));
    await nik.updateComplete;
    expect(nikBox.value).to.equal('1803 0545 129');
  });

  it("shows an error from elsewhere (the server's) until the citizen changes the number", async () => {
    const form = await fixture<HTMLFormElement>(html`<form><layanan-nop-input name="nop" value="18.03.010.001.001-0001.0"></layanan-nop-input></form>`);
    const element = form.firstElementChild as LayananNikInput;
    await element.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    element.error = 'Tidak ada objek pajak dengan NOP ini.';
    await element.updateComplete;
    expect(part(element, 'error').textContent).to.equal('Tidak ada objek pajak dengan NOP ini.');
    expect(part(element, 'input').getAttribute('aria-invalid')).to.equal('true');
    expect(form.checkValidity()).to.equal(false);
    await expect(element).to.be.accessible();
    await type(element, '18.03.010.001.001-0002.0');
    expect(part(element, 'error').textContent).to.equal('');
    expect(form.checkValidity()).to.equal(true);
  });
});

/** A valid number for each input, as a citizen would type it. */
const VALID: Record<string, string> = {
  'layanan-nik-input': '1803054512900001',
  'layanan-npwp-input': '012345674123000',
  'layanan-nop-input': '180301000100100010',
  'layanan-phone-input': '081234567890',
  'layanan-code-input': '7k3qp m2xj9 r4t8w',
};

/** Focuses the text box (inside a shadow root or not) and presses Enter on the real keyboard. */
async function pressEnterIn(element: HTMLElement) {
  (element.shadowRoot?.querySelector('input') ?? element).focus();
  await sendKeys({ press: 'Enter' });
  // An implicit submission is synchronous; a frame more lets a missing one show as missing.
  await new Promise(requestAnimationFrame);
}

/** Counts the form's submit events (and keeps the page from navigating). */
function submissions(form: HTMLFormElement) {
  const seen: Array<HTMLElement | null> = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    seen.push(event.submitter);
  });
  return seen;
}

describe('Enter in an identity input submits its form, as in a native text box', () => {
  for (const tag of Object.keys(VALID)) {
    it(`<${tag}>: through the form's submit button`, async () => {
      const form = await fixture<HTMLFormElement>(`<form><${tag} name="x"></${tag}><button>Kirim</button></form>`);
      const seen = submissions(form);
      const element = form.firstElementChild as HTMLElement;
      await type(element, VALID[tag]!, false);
      await pressEnterIn(element);
      expect(seen).to.deep.equal([form.querySelector('button')]);
    });
  }

  it('with no submit button: only when it is the form’s one text field, as native inputs do', async () => {
    // What Chromium does with native inputs, the reference.
    const native1 = await fixture<HTMLFormElement>(html`<form><input name="a" /></form>`);
    const nativeOne = submissions(native1);
    await pressEnterIn(native1.querySelector('input')!);
    const native2 = await fixture<HTMLFormElement>(html`<form><input name="a" /><input name="b" /></form>`);
    const nativeTwo = submissions(native2);
    await pressEnterIn(native2.querySelector('input')!);
    expect([nativeOne.length, nativeTwo.length], 'native: one text field submits, two do not').to.deep.equal([1, 0]);

    const alone = await fixture<HTMLFormElement>(html`<form><layanan-nop-input name="nop"></layanan-nop-input></form>`);
    const aloneSeen = submissions(alone);
    await type(alone.firstElementChild as HTMLElement, VALID['layanan-nop-input']!, false);
    await pressEnterIn(alone.firstElementChild as HTMLElement);
    const two = await fixture<HTMLFormElement>(html`<form><layanan-nik-input name="nik"></layanan-nik-input><input name="name" /></form>`);
    const twoSeen = submissions(two);
    await type(two.firstElementChild as HTMLElement, VALID['layanan-nik-input']!, false);
    await pressEnterIn(two.firstElementChild as HTMLElement);
    expect([aloneSeen, twoSeen]).to.deep.equal([[null], []]);
  });

  it('does nothing when the submit button is disabled, and lets the form’s own validation speak', async () => {
    const disabled = await fixture<HTMLFormElement>(html`<form><layanan-phone-input name="phone"></layanan-phone-input><button disabled>Kirim</button></form>`);
    const disabledSeen = submissions(disabled);
    await pressEnterIn(disabled.firstElementChild as HTMLElement);
    expect(disabledSeen).to.deep.equal([]);

    // Not `novalidate`: an empty required number stops the submission, as clicking the button would.
    const validating = await fixture<HTMLFormElement>(html`<form><layanan-nik-input name="nik" required></layanan-nik-input><button>Kirim</button></form>`);
    const validatingSeen = submissions(validating);
    const nik = validating.firstElementChild as LayananNikInput;
    const invalid = oneEvent(nik, 'invalid');
    await pressEnterIn(nik);
    await invalid;
    expect(validatingSeen).to.deep.equal([]);
  });
});

describe('leaving an invalid field never moves a control under the finger', () => {
  before(() => setViewport({ width: 360, height: 800 }));
  afterEach(() => resetMouse());

  it('a press on the submit button right after a wrong NIK lands, then the error shows', async () => {
    const form = await fixture<HTMLFormElement>(html`<form novalidate><layanan-nik-input name="nik"></layanan-nik-input><button>Kirim</button></form>`);
    const seen = submissions(form);
    const nik = form.firstElementChild as LayananNikInput;
    part(nik, 'input').focus();
    await sendKeys({ type: '1803053002900001' }); // 30 February
    await nik.updateComplete;
    const button = form.querySelector('button')!;
    const before = button.getBoundingClientRect();
    // Near the top edge: any shift of more than a few pixels would take the button away from the pointer.
    const [x, y] = [Math.round(before.left + before.width / 2), Math.round(before.top + 6)];
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await nik.updateComplete;
    expect(button.getBoundingClientRect().top, 'the button moved while pressed').to.equal(before.top);
    await sendMouse({ type: 'up' });
    expect(seen, 'the click never landed').to.deep.equal([button]);
    await waitUntil(() => part(nik, 'error').textContent === 'Tanggal lahir pada NIK tidak mungkin.', 'the error never showed after the press');
  });

  it('leaving by keyboard shows the error at once', async () => {
    const form = await fixture<HTMLFormElement>(html`<form novalidate><layanan-phone-input name="phone"></layanan-phone-input><button>Kirim</button></form>`);
    const phone = form.firstElementChild as LayananNikInput;
    part(phone, 'input').focus();
    await sendKeys({ type: '0812' });
    await sendKeys({ press: 'Tab' });
    await phone.updateComplete;
    expect(part(phone, 'error').textContent).to.equal('Nomor telepon tidak valid, contoh: 0812 3456 7890.');
  });
});

describe('<layanan-code-input>', () => {
  it('takes a citizen code in any case, with spaces or dashes or none, and gives the form XXXXX-XXXXX-XXXXX', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><layanan-code-input name="code" required></layanan-code-input></form>`);
    const element = form.firstElementChild as LayananNikInput;
    const input = part(element, 'input') as HTMLInputElement;
    expect(input.getAttribute('autocapitalize'), 'phones offer capitals').to.equal('characters');
    expect(part(element, 'label').textContent!.trim()).to.equal('Kode');
    for (const typed of ['7k3qpm2xj9r4t8w', ' 7K3QP - M2XJ9 - R4T8W ', '7K3QP M2XJ9 R4T8W']) {
      await type(element, '');
      await type(element, typed);
      expect(Object.fromEntries(new FormData(form))).to.deep.equal({ code: '7K3QP-M2XJ9-R4T8W' });
      expect(input.value, 'shown canonical once left').to.equal('7K3QP-M2XJ9-R4T8W');
    }
  });

  it('refuses what cannot be a code (length, letters a code never uses); the placeholder shows the format', async () => {
    const form = await fixture<HTMLFormElement>(html`<form lang="en"><layanan-code-input name="code"></layanan-code-input></form>`);
    const element = form.firstElementChild as LayananNikInput;
    for (const typed of ['7K3QP-M2XJ9', '7K3QP-M2XJ9-R4T8O', '7K3QP-M2XJ9-R4T8W1']) {
      await type(element, typed);
      expect(form.checkValidity(), typed).to.equal(false);
      expect(part(element, 'error').textContent).to.equal('Wrong format.');
    }
    expect((part(element, 'input') as HTMLInputElement).placeholder).to.equal('XXXXX-XXXXX-XXXXX');
  });
});

describe('required marking', () => {
  it('marks a field that is not required "(opsional)", as the widgets’ forms do, and a required one not at all', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <layanan-nik-input name="nik" required></layanan-nik-input>
      <layanan-npwp-input name="npwp"></layanan-npwp-input>
      <layanan-phone-input name="phone" lang="en"></layanan-phone-input>
    </form>`);
    const [nik, npwp, phone] = [...form.children].map((element) => part(element, 'label').textContent!.replace(/\s+/g, ' ').trim());
    expect([nik, npwp, phone]).to.deep.equal(['NIK', 'NPWP (opsional)', 'Phone number (optional)']);
    expect((part(form.firstElementChild!, 'input') as HTMLInputElement).required, 'a screen reader hears "required" from the input').to.equal(true);
  });
});
