import { css } from 'lit';

export const complaintStatusStyles = css`
  :host {
    container-type: inline-size;
  }
  .complaint,
  .lookup,
  section {
    display: grid;
    gap: var(--_space);
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  h2 {
    font-size: 1.25em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  h3 {
    font-size: 1.05em;
  }
  legend h3 {
    display: inline;
  }
  .muted,
  .code,
  .step__date,
  .message__meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .complaint__header {
    display: grid;
    gap: 0.25em;
  }
  .status {
    font-weight: 700;
    color: var(--_primary);
  }
  .status--resolved {
    color: var(--_success);
  }
  .status--rejected,
  .overdue {
    color: var(--_danger);
  }
  .facts {
    display: grid;
    gap: 0.1em;
    margin: 0;
  }
  .facts dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .facts dt:not(:first-child) {
    margin-top: 0.5em;
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .message__text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .photos {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .photos img {
    display: block;
    width: 6rem;
    height: 6rem;
    border-radius: calc(var(--_radius) / 2);
    object-fit: cover;
  }
  .timeline,
  .messages {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step {
    display: grid;
    gap: 0.1em;
    padding-left: 1.25em;
    border-left: 3px solid var(--_border);
  }
  .step--done {
    border-left-color: var(--_success);
  }
  .step--current {
    border-left-color: var(--_primary);
    font-weight: 700;
  }
  .step--rejected.step--done {
    border-left-color: var(--_danger);
  }
  .step__note {
    font-weight: 400;
  }
  .message {
    padding: 0.6em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .message--agency {
    background: var(--_subtle);
    margin-right: 1.5em;
  }
  .message--citizen {
    margin-left: 1.5em;
  }
  .rating-result {
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  details summary {
    min-height: 44px;
    padding-block: 0.6em;
    color: var(--_primary);
    font-weight: 600;
    cursor: pointer;
  }
  .refresh {
    align-items: center;
  }
  @container (min-width: 30rem) {
    .facts {
      grid-template-columns: max-content 1fr;
      gap: 0.5em var(--_space);
    }
    .facts dt:not(:first-child) {
      margin-top: 0;
    }
  }
`;
