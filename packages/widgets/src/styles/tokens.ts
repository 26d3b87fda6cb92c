import { css } from 'lit';

/**
 * The design tokens every widget reads. An agency themes all widgets at once by setting them on
 * any ancestor (`:root { --layanan-color-primary: #0d47a1 }`); the fallbacks are the defaults.
 *
 * @cssproperty --layanan-color-primary - Buttons, links, focus outlines and highlights. Default `#0b6e4f`.
 * @cssproperty --layanan-color-on-primary - Text on primary buttons. Default `#ffffff`.
 * @cssproperty --layanan-color-text - Body text. Default `#1f2933`.
 * @cssproperty --layanan-color-muted - Labels, hints and secondary text. Default `#52606d`.
 * @cssproperty --layanan-color-surface - Card and field background. Default `#ffffff`.
 * @cssproperty --layanan-color-subtle - Quiet backgrounds (notes, highlighted rows, placeholders). Default `#f1f5f4`.
 * @cssproperty --layanan-color-border - Borders of cards and fields. Default `#cbd2d9`.
 * @cssproperty --layanan-color-danger - Errors and problems ("closed", "rejected", "missed"). Default `#b3261e`.
 * @cssproperty --layanan-color-success - Good news ("open now", "paid", reached steps). Default `#1b7f3b`.
 * @cssproperty --layanan-radius - Corner radius. Default `0.5rem`.
 * @cssproperty --layanan-spacing - Base spacing. Default `1rem`.
 * @cssproperty --layanan-font-family - Font. Default: the system's sans-serif.
 * @cssproperty --layanan-font-size - Base font size. Default `1rem`.
 * @cssproperty --layanan-focus-ring - A `box-shadow` halo around a focused control (its outline stays). Default: 3px of the primary colour at 45 %.
 */
export const tokens = css`
  :host {
    --_primary: var(--layanan-color-primary, #0b6e4f);
    --_on-primary: var(--layanan-color-on-primary, #ffffff);
    --_text: var(--layanan-color-text, #1f2933);
    --_muted: var(--layanan-color-muted, #52606d);
    --_surface: var(--layanan-color-surface, #ffffff);
    --_subtle: var(--layanan-color-subtle, #f1f5f4);
    --_border: var(--layanan-color-border, #cbd2d9);
    --_danger: var(--layanan-color-danger, #b3261e);
    --_success: var(--layanan-color-success, #1b7f3b);
    --_radius: var(--layanan-radius, 0.5rem);
    --_space: var(--layanan-spacing, 1rem);
    --_font: var(--layanan-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_size: var(--layanan-font-size, 1rem);
    --_focus: var(--layanan-focus-ring, 0 0 0 3px color-mix(in srgb, var(--_primary) 45%, transparent));

    display: block;
    box-sizing: border-box;
    min-width: 0;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_primary);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
    box-shadow: var(--_focus);
  }
  /* What a widget moves focus to (a new step's heading, a message, the error summary) shows where
     focus went also after a tap, when the browser would not match :focus-visible. */
  [tabindex='-1']:focus {
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1.25em;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button:hover {
    background: color-mix(in srgb, var(--_primary) 88%, black);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/**
 * A button busy with its action, yet focusable (`aria-disabled="true"`, not `disabled`): focus
 * stays on it while it works and after a failure. Only the widgets that have one import it (pure, so
 * it stays out of the others' bundles).
 */
export const busyButtonStyles = /* @__PURE__ */ (() => css`
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
`)();

/** The box around a widget that calls a service: every such widget is one card. */
export const cardStyles = css`
  .card {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;

/** The shared loading, empty and error states. */
export const stateStyles = css`
  .state {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .state--error {
    border-color: var(--_danger);
    border-left-width: 4px;
  }
  .state--error .state__title {
    color: var(--_danger);
  }
  .state__title {
    margin: 0;
    font-size: 1em;
    font-weight: 700;
  }
  .state__message {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .skeleton {
    display: block;
    height: 1em;
    margin: 0.25em 0;
    border-radius: 0.25em;
    background: linear-gradient(90deg, var(--_subtle), var(--_border), var(--_subtle));
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }
  .skeleton:nth-of-type(3n + 1) {
    width: 90%;
  }
  .skeleton:nth-of-type(3n + 2) {
    width: 73%;
  }
  .skeleton:nth-of-type(3n) {
    width: 56%;
  }
  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;
