import { html, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { attributes } from './attributes.js';

// What the identity inputs' stories share: every one is a form-associated field with the same
// attributes, shown in a form that prints its FormData on submit.

export interface IdentityArgs {
  lang: 'id' | 'en';
  name?: string;
  value?: string;
  label?: string;
  help?: string;
  error?: string;
  required?: boolean;
  disabled?: boolean;
}

export const identityArgTypes = { lang: { control: 'inline-radio', options: ['id', 'en'] } } as const;

function printFormData(event: SubmitEvent) {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  form.querySelector('output')!.textContent = JSON.stringify(Object.fromEntries(new FormData(form)), null, 2);
}

/** `<tag>` with the story's attributes, in a form that shows what it would send. */
export function inForm(tag: string): (args: IdentityArgs) => TemplateResult {
  const element = unsafeStatic(tag);
  return (args) => html`<form style="display: grid; gap: 1rem; max-width: 28rem" @submit=${printFormData}>
    ${staticHtml`<${element} ${attributes(args)}></${element}>`}
    <div><button type="submit">Kirim</button> <button type="reset">Reset</button></div>
    <output style="white-space: pre; font-family: monospace"></output>
  </form>`;
}
