import { css } from 'lit';

export const permitStatusStyles = css`
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.2em;
  }
  h3 {
    font-size: 1em;
  }
  p {
    margin: 0;
  }
  .muted {
    color: var(--_muted);
  }
  .code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace;
    font-weight: 700;
    letter-spacing: 0.04em;
    overflow-wrap: anywhere;
  }
  .badge {
    display: inline-block;
    padding: 0.15em 0.6em;
    border-radius: 999px;
    background: var(--_subtle);
    font-weight: 700;
  }
  .badge--approved {
    color: var(--_success);
  }
  .badge--rejected,
  .badge--revision_requested {
    color: var(--_danger);
  }
  .note {
    display: grid;
    gap: 0.3em;
    padding: var(--_space);
    border-left: 4px solid var(--_primary);
    background: var(--_subtle);
  }
  .note blockquote {
    margin: 0;
    font-style: italic;
    overflow-wrap: anywhere;
  }
  .timeline {
    display: grid;
    gap: 0;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .timeline li {
    position: relative;
    padding: 0 0 0.9em 1.5em;
    border-left: 2px solid var(--_border);
    margin-left: 0.45em;
  }
  .timeline li:last-child {
    border-left-color: transparent;
  }
  .timeline li::before {
    content: '';
    position: absolute;
    left: -0.5em;
    top: 0.3em;
    width: 0.8em;
    height: 0.8em;
    border-radius: 50%;
    background: var(--_primary);
  }
  .timeline li[aria-current]::before {
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_primary) 30%, transparent);
  }
  .timeline__status {
    font-weight: 600;
  }
  .timeline__note {
    overflow-wrap: anywhere;
  }
  .timeline time {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .status-line:empty {
    display: none;
  }
  /* About an application's height at 360 px, so the page below does not jump (CLS). */
  :host([code]) .state--loading {
    min-height: 31rem;
  }
`;
