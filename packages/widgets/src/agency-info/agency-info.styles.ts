import { css } from 'lit';

export const agencyInfoStyles = css`
  :host {
    container-type: inline-size;
  }
  .header {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
  }
  .logo {
    flex: none;
    width: 3rem;
    height: 3rem;
    object-fit: contain;
  }
  .name {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .short-name {
    margin: 0;
    color: var(--_muted);
  }
  .hours {
    padding: calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .hours__label {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .hours__today {
    margin: 0;
    font-size: 1.1em;
    font-weight: 700;
  }
  .status {
    margin: 0;
    font-weight: 600;
  }
  .status--open {
    color: var(--_success);
  }
  .status--closed {
    color: var(--_danger);
  }
  dl {
    display: grid;
    gap: 0.1em;
    margin: 0;
  }
  dt:not(:first-child) {
    margin-top: 0.6em;
  }
  dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  dd a {
    display: inline-block;
    min-height: 24px;
    padding-block: 0.25em;
  }
  details summary {
    min-height: 44px;
    padding-block: 0.6em;
    color: var(--_primary);
    font-weight: 600;
    cursor: pointer;
  }
  .week {
    width: 100%;
    border-collapse: collapse;
  }
  .week th,
  .week td {
    padding: 0.35em 0.25em;
    border-bottom: 1px solid var(--_subtle);
    text-align: start;
    font-weight: normal;
  }
  .week tr[aria-current] {
    font-weight: 700;
  }
  /* Side by side once the widget itself (not the page) is wide enough. */
  @container (min-width: 26rem) {
    dl {
      grid-template-columns: max-content 1fr;
      gap: 0.5em var(--_space);
    }
    dt:not(:first-child) {
      margin-top: 0;
    }
  }
  /* About the card's height at 360 px, so the page below does not jump (CLS). */
  .state--loading {
    min-height: 40rem;
  }
`;
