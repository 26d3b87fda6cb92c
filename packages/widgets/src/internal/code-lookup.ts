import type { ReactiveElement } from 'lit';
import '../code-input/code-input.js';

/**
 * Looking a record up by its citizen code (permit-status, complaint-status): the form's
 * `<layanan-code-input>` checks and normalizes what was typed (any case, dashes or not), shows its
 * error, and submits on Enter. Call it from the form's submit handler after clearing the widget's
 * message about the last try (a server's "not found"), so the input's own validity speaks: the code
 * as `XXXXX-XXXXX-XXXXX`, or `undefined` when what was typed cannot be one.
 */
export async function submittedCode(form: HTMLFormElement, host: ReactiveElement): Promise<string | undefined> {
  const input = form.querySelector('layanan-code-input')!;
  await host.updateComplete;
  await input.updateComplete;
  return input.checkValidity() ? (new FormData(form).get(input.name) as string) : undefined;
}
