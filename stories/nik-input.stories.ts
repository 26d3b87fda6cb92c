import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@layanan/widgets';
import { identityArgTypes, inForm, type IdentityArgs } from './identity-inputs.js';

/**
 * `<layanan-nik-input>`: a form-associated input an agency can drop into its own `<form>`: 16 digits checked for region, birth date and serial.
 * Submit to see the FormData.
 */
const meta: Meta<IdentityArgs> = {
  title: 'Widgets/NIK input',
  component: 'layanan-nik-input',
  args: { lang: 'id', name: 'nik', required: true },
  argTypes: identityArgTypes,
  render: inForm('layanan-nik-input'),
};
export default meta;

type Story = StoryObj<IdentityArgs>;

export const Empty: Story = {};

export const English: Story = { args: { lang: 'en' } };

/** A valid number: the NIK says who it belongs to (sex, birth date, region), so a typo is seen at once. */
export const Filled: Story = { args: { value: '1803 0545 1290 0001' } };

/** With a help line, and a message from elsewhere (the server's answer about this number). */
export const HelpAndError: Story = { args: { help: 'Seperti tertulis di dokumen Anda.', error: 'Nomor ini tidak terdaftar.' } };

export const Disabled: Story = { args: { value: '1803 0545 1290 0001', disabled: true } };

/** All four in an agency's own form: submit to see the FormData each one adds. */
export const AllFourInAForm: Story = {
  // Only `lang` is applied here (to the form, which the inputs follow); the other controls belong to the single-input stories.
  parameters: { controls: { include: ['lang'] } },
  render: ({ lang }) => html`<form
    lang=${lang}
    style="display: grid; gap: 1rem; max-width: 28rem"
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      form.querySelector('output')!.textContent = JSON.stringify(Object.fromEntries(new FormData(form)), null, 2);
    }}
  >
    <layanan-nik-input name="nik" required></layanan-nik-input>
    <layanan-npwp-input name="npwp"></layanan-npwp-input>
    <layanan-nop-input name="nop" required></layanan-nop-input>
    <layanan-phone-input name="phone" required></layanan-phone-input>
    <div><button type="submit">Kirim</button> <button type="reset">Reset</button></div>
    <output style="white-space: pre; font-family: monospace"></output>
  </form>`,
};
