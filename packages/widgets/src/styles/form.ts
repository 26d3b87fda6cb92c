import { css } from 'lit';

/**
 * Fields, as every widget's form shows them: label, help, error above the control (GOV.UK), 44 px
 * targets, a thick border on an invalid control. Also choices (radio/checkbox rows), secondary
 * buttons and the error summary.
 */
export const formStyles = css`
  .field {
    display: grid;
    gap: 0.3em;
  }
  label {
    font-weight: 600;
  }
  .help,
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  input,
  select,
  textarea {
    width: 100%;
    min-height: 44px;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.02em;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: 1px;
    box-shadow: var(--_focus);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  input:disabled,
  select:disabled,
  textarea:disabled {
    opacity: 0.6;
  }
  .error {
    margin: 0;
    color: var(--_danger);
    font-size: 0.875em;
  }
  .error:empty {
    display: none;
  }
  textarea {
    min-height: 8em;
    resize: vertical;
  }
  .form {
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }
  fieldset {
    display: grid;
    gap: 0.5em;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.3em;
    font-weight: 600;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    min-height: 44px;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-weight: 400;
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--_primary);
    background: var(--_subtle);
  }
  .choice input {
    width: 1.25em;
    min-height: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--_primary);
  }
  .optional,
  .counter {
    color: var(--_muted);
    font-weight: 400;
    font-size: 0.875em;
  }
  .button--secondary {
    background: var(--_surface);
    color: var(--_primary);
  }
  .button--secondary:hover {
    background: var(--_subtle);
  }
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .summary {
    padding: var(--_space);
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .summary h2 {
    margin: 0 0 0.5em;
    font-size: 1.1em;
  }
  .summary ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .summary a {
    /* A 24 px target at least (WCAG 2.2 target size), also when a message wraps. */
    display: inline-block;
    padding-block: 0.25em;
    color: var(--_danger);
    font-weight: 600;
  }
`;
