import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@layanan/widgets';
import { identityArgTypes, inForm, type IdentityArgs } from './identity-inputs.js';

/**
 * `<layanan-npwp-input>`: a form-associated input an agency can drop into its own `<form>`: the old 15 digits with their check digit, or 16.
 * Submit to see the FormData.
 */
const meta: Meta<IdentityArgs> = {
  title: 'Widgets/NPWP input',
  component: 'layanan-npwp-input',
  args: { lang: 'id', name: 'npwp', required: true },
  argTypes: identityArgTypes,
  render: inForm('layanan-npwp-input'),
};
export default meta;

type Story = StoryObj<IdentityArgs>;

export const Empty: Story = {};

export const English: Story = { args: { lang: 'en' } };

/** A valid number: the NPWP says which form it is. */
export const Filled: Story = { args: { value: '01.234.567.4-123.000' } };

/** With a help line, and a message from elsewhere (the server's answer about this number). */
export const HelpAndError: Story = { args: { help: 'Seperti tertulis di dokumen Anda.', error: 'Nomor ini tidak terdaftar.' } };

export const Disabled: Story = { args: { value: '01.234.567.4-123.000', disabled: true } };
