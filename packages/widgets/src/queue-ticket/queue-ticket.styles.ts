import { css } from 'lit';

export const queueTicketStyles = css`
  .card > .state {
    border: 0;
    padding: 0;
  }
  p {
    margin: 0;
  }
  .heading {
    font-size: 1.25em;
    font-weight: 700;
  }
  .service-name {
    font-weight: 600;
  }
  .service-info {
    display: grid;
    gap: 0.5em;
    padding: calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
    background: var(--_subtle);
    font-size: 0.925em;
  }
  .service-info__today {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    color: var(--_muted);
  }
  .days {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: 0.5em;
  }
  .choice--off {
    color: var(--_muted);
    cursor: not-allowed;
  }
  .notice {
    padding: 0.75em;
    border-left: 4px solid var(--_primary);
    background: var(--_subtle);
  }
  .form-error,
  .alert {
    display: grid;
    gap: 0.75em;
    justify-items: start;
    padding: 0.75em;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .alert {
    border-color: var(--_success);
    font-weight: 700;
  }
  .ticket {
    display: grid;
    gap: 0.6em;
    justify-items: center;
    text-align: center;
  }
  .eyebrow {
    color: var(--_muted);
    font-size: 0.875em;
    text-transform: uppercase;
    letter-spacing: 0.06em;
  }
  .number {
    color: var(--_primary);
    font-size: clamp(3rem, 18vw, 4.5rem);
    font-weight: 800;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  .badge {
    padding: 0.15em 0.8em;
    border-radius: 999px;
    background: var(--_subtle);
    font-weight: 700;
  }
  .ticket--called .badge,
  .ticket--serving .badge {
    background: var(--_success);
    color: var(--_surface);
  }
  .ticket--no_show .badge,
  .ticket--expired .badge,
  .ticket--cancelled .badge {
    background: var(--_danger);
    color: var(--_surface);
  }
  .ticket__state {
    font-size: 1.1em;
    font-weight: 600;
  }
  .qr-box {
    display: grid;
    justify-items: center;
    gap: 0.4em;
    margin: 0;
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_subtle);
    font-size: 0.875em;
  }
  .qr {
    display: block;
    width: min(60vw, 12rem);
    height: auto;
  }
  .holder,
  .updated {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .reminder {
    width: 100%;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    text-align: start;
  }
  .reminder .actions {
    align-items: center;
  }
  .reminder__count {
    width: auto;
    min-width: 5em;
  }
  .ticket .actions {
    justify-content: center;
  }
  .button--danger {
    border-color: var(--_danger);
    background: var(--_danger);
  }
  dialog {
    max-width: min(28rem, calc(100vw - 2rem));
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
  }
  dialog p {
    margin-bottom: var(--_space);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  @media print {
    .card {
      border: 0;
    }
    .no-print,
    .reminder,
    .updated {
      display: none;
    }
  }
  /* The placeholder holds about the form's height at 360 px, so the page below does not jump (CLS). */
  .state--loading {
    min-height: 18rem;
  }
  :host([service]) .state--loading {
    min-height: 76rem;
  }
`;
