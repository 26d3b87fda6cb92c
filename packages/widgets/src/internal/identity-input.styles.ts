import { css } from 'lit';

export const identityInputStyles = css`
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
  input {
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
  input:focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: 1px;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  input:disabled {
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
`;
