/**
 * Whether a press (mouse button, finger, pen) is under way, from its `pointerdown` until its
 * `click`: what leaving a field shows waits for it, so the control pressed never moves between press
 * and release (decision 008). A finger's tap blurs the field only after `pointerup`, when the
 * browser sends the mouse events, hence "until the click" rather than "until the pointer is up".
 */
let pressing = 0;
let waiting: Array<() => void> = [];
let listening = false;

function settle(press: number): void {
  if (press !== pressing) return; // a later press is under way: it settles the queue
  pressing = 0;
  const run = waiting;
  waiting = [];
  for (const callback of run) callback();
}

/** Starts following presses on the page (once; cheap to call from every render). */
export function followPresses(): void {
  if (listening || typeof addEventListener !== 'function') return;
  listening = true;
  const options = { capture: true, passive: true };
  let presses = 0;
  addEventListener('pointerdown', () => (pressing = ++presses), options);
  // After the click's own listeners (a form's submit among them) and the renders they caused.
  addEventListener('click', () => setTimeout(settle, 0, pressing), options);
  addEventListener('pointercancel', () => settle(pressing), options);
  addEventListener('keydown', () => settle(pressing), options);
  // A press that ends in no click (a drag off the button, a long press) lets go within a second.
  addEventListener('pointerup', () => setTimeout(settle, 1000, pressing), options);
}

/** Runs `callback` now, or, while a press is under way, once it has become a click. */
export function afterPress(callback: () => void): void {
  if (pressing) waiting.push(callback);
  else callback();
}
