// Shared by the example pages: the log of `layanan-*` events and the reference server's knobs.

/** Adds a timestamped line to the page's `#log`. */
export function logLine(text) {
  document.getElementById('log').textContent += `${new Date().toLocaleTimeString('id-ID')}  ${text}\n`;
}

/** Logs every event named in `describe`, with the line its function makes of the event's `detail`. */
export function logEvents(describe) {
  for (const [type, text] of Object.entries(describe)) {
    document.addEventListener(type, (event) => logLine(`${type}  ${text(event.detail)}`));
  }
}

/** Sends JSON to a knob of the reference server (`/v1/_mock/…`); `{ ok, body }` of its answer. */
export async function knob(path, body, method = 'POST') {
  const response = await fetch(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { ok: response.ok, body: await response.json() };
}
