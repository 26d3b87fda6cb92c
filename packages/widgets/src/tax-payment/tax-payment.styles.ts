import { css } from 'lit';

export const taxPaymentStyles = css`
  p,
  dl,
  dd,
  ul {
    margin: 0;
  }
  .heading {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.25;
  }
  .note {
    padding: 0.5em 0.75em;
    border-left: 4px solid var(--_primary);
    background: var(--_subtle);
  }
  dl {
    display: grid;
    gap: 0.4em;
    padding-inline: 0.75em;
  }
  dl div {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1em;
  }
  dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .facts div {
    flex-direction: column;
  }
  dd {
    overflow-wrap: anywhere;
  }
  .code,
  .va__number {
    font-family: ui-monospace, monospace;
  }
  /* At 320 px a bill's lines wrap inside the card (a grid track is as wide as its widest line by default). */
  .bills {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
    padding: 0;
    list-style: none;
  }
  .bill {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.4em;
  }
  .bill .choice {
    flex-wrap: wrap;
  }
  .bill__head {
    display: flex;
    padding: 0.5em 0.75em;
  }
  .bill__year {
    flex: 1;
    white-space: nowrap;
  }
  .bill__year,
  .bill__total,
  .choice__title,
  .badge--paid,
  .timer,
  .receipt__title {
    font-weight: 700;
  }
  .badge--paid {
    color: var(--_success);
  }
  .total {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .choice__title {
    display: block;
  }
  .amount,
  .va__number {
    font-size: 1.5em;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .qr-box {
    justify-self: center;
    width: min(100%, 16rem);
  }
  .qr {
    display: block;
  }
  .va {
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }
  .steps {
    padding-left: 1.25em;
  }
  .receipt {
    border-style: dashed;
  }
  .ended {
    border: 0;
    border-left: 4px solid var(--_danger);
    border-radius: 0;
  }
  /* The placeholder of the tax choice holds its height at 360 px (three types), so the form does not jump (CLS). */
  .form > .state--loading {
    min-height: 25.7rem;
  }
  /* Print the receipt alone: no buttons, no hints of the screen. */
  @media print {
    .card,
    .receipt {
      border: 0;
      padding: 0;
    }
    .actions,
    .state,
    .heading {
      display: none;
    }
  }
`;
