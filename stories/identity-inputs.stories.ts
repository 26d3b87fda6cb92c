import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@layanan/widgets';

interface Args {
  lang: 'id' | 'en';
  required: boolean;
}

/**
 * `<layanan-nik-input>`, `<layanan-npwp-input>`, `<layanan-nop-input>` and `<layanan-phone-input>`:
 * form-associated inputs an agency can drop into its own `<form>`. Submit to see the FormData.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Identity inputs',
  component: 'layanan-nik-input',
  args: { lang: 'id', required: true },
  argTypes: { lang: { control: 'inline-radio', options: ['id', 'en'] } },
  render: ({ lang, required }) => html`<form
      lang=${lang}
      style="display: grid; gap: 1rem; max-width: 28rem"
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const form = event.target as HTMLFormElement;
        form.querySelector('output')!.textContent = JSON.stringify(Object.fromEntries(new FormData(form)), null, 2);
      }}
    >
      <layanan-nik-input name="nik" ?required=${required}></layanan-nik-input>
      <layanan-npwp-input name="npwp"></layanan-npwp-input>
      <layanan-nop-input name="nop" ?required=${required}></layanan-nop-input>
      <layanan-phone-input name="phone" ?required=${required}></layanan-phone-input>
      <div><button type="submit">Kirim</button> <button type="reset">Reset</button></div>
      <output style="white-space: pre; font-family: monospace"></output>
    </form>`,
};
export default meta;

type Story = StoryObj<Args>;

export const EmptyForm: Story = {};

export const English: Story = { args: { lang: 'en' } };

/** Filled with valid numbers: the NIK says who it belongs to; the NPWP which form it is. */
export const Filled: Story = {
  render: ({ lang }) => html`<div lang=${lang} style="display: grid; gap: 1rem; max-width: 28rem">
    <layanan-nik-input name="nik" value="1803 0545 1290 0001"></layanan-nik-input>
    <layanan-npwp-input name="npwp" value="01.234.567.4-123.000"></layanan-npwp-input>
    <layanan-nop-input name="nop" value="18.03.010.001.001-0001.0"></layanan-nop-input>
    <layanan-phone-input name="phone" value="+62 812-3456-7890"></layanan-phone-input>
  </div>`,
};
