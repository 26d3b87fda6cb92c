import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@layanan/widgets';
import { identityArgTypes, inForm, type IdentityArgs } from './identity-inputs.js';

/**
 * `<layanan-nop-input>`: a form-associated input an agency can drop into its own `<form>`: the 18-digit object number of the land and building tax, as printed on the SPPT.
 * Submit to see the FormData.
 */
const meta: Meta<IdentityArgs> = {
  title: 'Widgets/NOP input',
  component: 'layanan-nop-input',
  args: { lang: 'id', name: 'nop', required: true },
  argTypes: identityArgTypes,
  render: inForm('layanan-nop-input'),
};
export default meta;

type Story = StoryObj<IdentityArgs>;

export const Empty: Story = {};

export const English: Story = { args: { lang: 'en' } };

/** A valid number: the NOP says where the object is. */
export const Filled: Story = { args: { value: '18.03.010.001.001-0001.0' } };

/** With a help line, and a message from elsewhere (the server's answer about this number). */
export const HelpAndError: Story = { args: { help: 'Seperti tertulis di dokumen Anda.', error: 'Nomor ini tidak terdaftar.' } };

export const Disabled: Story = { args: { value: '18.03.010.001.001-0001.0', disabled: true } };
