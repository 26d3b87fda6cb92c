import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@layanan/widgets';
import { identityArgTypes, inForm, type IdentityArgs } from './identity-inputs.js';

/**
 * `<layanan-code-input>`: a form-associated input for a citizen code (a ticket's, a permit
 * application's, a complaint's tracking code), typed in any case, with or without dashes.
 * Submit to see the FormData.
 */
const meta: Meta<IdentityArgs> = {
  title: 'Widgets/Code input',
  component: 'layanan-code-input',
  args: { lang: 'id', name: 'code', required: true, label: 'Kode pelacakan' },
  argTypes: identityArgTypes,
  render: inForm('layanan-code-input'),
};
export default meta;

type Story = StoryObj<IdentityArgs>;

export const Empty: Story = {};

export const English: Story = { args: { lang: 'en', label: 'Tracking code' } };

/** Typed as a citizen might: lower case, no dashes. It shows `7K3QP-M2XJ9-R4T8W` once left. */
export const Filled: Story = { args: { value: '7k3qpm2xj9r4t8w' } };

/** A message from elsewhere (the server found no complaint with this code). */
export const HelpAndError: Story = { args: { help: 'Ada di tanda terima Anda.', error: 'Tidak ada pengaduan dengan kode ini.' } };

export const Disabled: Story = { args: { value: '7K3QP-M2XJ9-R4T8W', disabled: true } };
