import { css } from 'lit';
import { busyButtonStyles } from '../styles/tokens.js';

export const complaintFormStyles = css`
  :host {
    container-type: inline-size;
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  p {
    margin: 0;
  }
  .intro,
  .code-label,
  .choice__hint {
    color: var(--_muted);
  }
  .choice__hint {
    font-size: 0.875em;
  }
  .notice,
  .category-info {
    padding: 0.6em 0.75em;
    border-radius: var(--_radius);
    background: var(--_subtle);
    overflow-wrap: anywhere;
  }
  .counter--over {
    color: var(--_danger);
    font-weight: 600;
  }
  .photos {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .photo {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    padding: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .photo--failed {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .photo__preview {
    flex: none;
    width: 5rem;
    height: 5rem;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_subtle);
    object-fit: cover;
  }
  .photo__body {
    display: grid;
    flex: 1;
    gap: 0.4em;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .photo__actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  progress {
    width: 100%;
    height: 0.75em;
    accent-color: var(--_primary);
  }
  .success {
    display: grid;
    gap: var(--_space);
  }
  .code {
    padding: 0.5em;
    border: 2px dashed var(--_primary);
    border-radius: var(--_radius);
    background: var(--_subtle);
    color: var(--_primary);
    font-size: 1.6em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.06em;
    text-align: center;
    overflow-wrap: anywhere;
  }
  /* Busy, yet focusable: focus stays on the button while it sends and after a failed send. */
  ${busyButtonStyles}
  /* About the empty form's height at 360 px, so the page below does not jump (CLS). */
  .state--loading {
    min-height: 130rem;
  }
  @container (max-width: 22rem) {
    .photo {
      flex-direction: column;
    }
    .actions .button {
      flex: 1 1 100%;
    }
  }
`;
