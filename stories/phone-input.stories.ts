import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@layanan/widgets';
import { identityArgTypes, inForm, type IdentityArgs } from './identity-inputs.js';

/**
 * `<layanan-phone-input>`: a form-associated input an agency can drop into its own `<form>`: `08…`, `62…` or `+62…`, sent as E.164.
 * Submit to see the FormData.
 */
const meta: Meta<IdentityArgs> = {
  title: 'Widgets/Phone input',
  component: 'layanan-phone-input',
  args: { lang: 'id', name: 'phone', required: true },
  argTypes: identityArgTypes,
  render: inForm('layanan-phone-input'),
};
export default meta;

type Story = StoryObj<IdentityArgs>;

export const Empty: Story = {};

export const English: Story = { args: { lang: 'en' } };

/** A valid number: shown as written, sent as E.164. */
export const Filled: Story = { args: { value: '+62 812-3456-7890' } };

/** With a help line, and a message from elsewhere (the server's answer about this number). */
export const HelpAndError: Story = { args: { help: 'Seperti tertulis di dokumen Anda.', error: 'Nomor ini tidak terdaftar.' } };

export const Disabled: Story = { args: { value: '+62 812-3456-7890', disabled: true } };
