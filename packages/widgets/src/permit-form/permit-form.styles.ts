import { css } from 'lit';

export const permitFormStyles = css`
  :host {
    container-type: inline-size;
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.3em;
  }
  h3 {
    font-size: 1.05em;
  }
  p {
    margin: 0;
  }
  .intro,
  .permit__name,
  .code-line,
  .save-status {
    color: var(--_muted);
  }
  .permit__name {
    font-weight: 600;
  }
  .progress {
    display: grid;
    gap: 0.25em;
    font-weight: 600;
  }
  progress {
    width: 100%;
    height: 0.5em;
    accent-color: var(--_primary);
  }
  .types {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .type {
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .type .button {
    justify-self: start;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em var(--_space);
    margin: 0;
  }
  .facts dt,
  .requirements-title {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .facts dd {
    margin: 0;
    font-weight: 600;
  }
  .requirements,
  .next {
    margin: 0;
    padding-left: 1.25em;
  }
  .resume {
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .question {
    min-width: 0;
  }
  .address {
    gap: 0.3em;
  }
  .address label {
    font-weight: 400;
  }
  .address label:not(:first-of-type) {
    margin-top: 0.4em;
  }
  .file-button {
    justify-self: start;
    font-weight: 600;
  }
  .file-input:focus-visible + .file-button {
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
  }
  .file-input[aria-invalid='true'] + .file-button {
    border: 2px solid var(--_danger);
  }
  .file-input:disabled + .file-button {
    opacity: 0.6;
    cursor: progress;
  }
  .file {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    overflow-wrap: anywhere;
  }
  .upload {
    display: grid;
    gap: 0.25em;
    font-size: 0.875em;
  }
  .link {
    min-height: 44px;
    padding: 0 0.25em;
    border: 0;
    background: none;
    color: var(--_primary);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .revision {
    display: grid;
    gap: 0.4em;
    padding: var(--_space);
    border-left: 4px solid var(--_primary);
    background: var(--_subtle);
  }
  .revision__title {
    font-weight: 700;
  }
  .revision__note {
    margin: 0;
    font-style: italic;
    overflow-wrap: anywhere;
  }
  .review {
    display: grid;
    gap: var(--_space);
  }
  .answers {
    margin: 0.5em 0 0;
  }
  .answer {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0 0.75em;
    padding: 0.4em 0;
    border-bottom: 1px solid var(--_border);
  }
  .answer dt {
    grid-column: 1 / -1;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .answer dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .answer__change {
    align-self: center;
  }
  .footer {
    display: grid;
    gap: 0.25em;
    font-size: 0.875em;
  }
  .save-status:empty {
    display: none;
  }
  .code-inline,
  .code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace;
    letter-spacing: 0.04em;
  }
  .receipt__code {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em var(--_space);
  }
  .code {
    font-size: 1.4em;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .receipt__label {
    color: var(--_muted);
  }
  .submit-error {
    padding: 0.75em;
    border-left: 4px solid var(--_danger);
    font-size: 1em;
  }
  @container (min-width: 34rem) {
    .answer {
      grid-template-columns: 14em 1fr auto;
    }
    .answer dt {
      grid-column: auto;
      font-size: 1em;
    }
  }
`;
