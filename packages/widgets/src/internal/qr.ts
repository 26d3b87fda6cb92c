import { html, type TemplateResult } from 'lit';
import { correction, generate } from 'lean-qr/nano';

const QUIET_ZONE = 4;

/**
 * A QR code as inline SVG (no canvas, no `style` attribute: a strict CSP stays happy, and it prints
 * sharp). One path of horizontal runs keeps the DOM small. `label` is what a screen reader hears,
 * e.g. the text the code carries.
 *
 * @csspart qr - The QR code (an inline SVG).
 */
export function renderQr(payload: string, label: string): TemplateResult {
  const code = generate(payload, { minCorrectionLevel: correction.M });
  const { size } = code;
  let path = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!code.get(x, y)) continue;
      let run = 1;
      while (code.get(x + run, y)) run++;
      path += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`;
      x += run;
    }
  }
  const box = size + 2 * QUIET_ZONE;
  return html`<svg class="qr" part="qr" role="img" aria-label=${label} viewBox="0 0 ${box} ${box}" shape-rendering="crispEdges">
    <rect width=${box} height=${box} fill="#fff"></rect><path d=${path} fill="#000"></path>
  </svg>`;
}
