// Setup for the Vitest `dom` project (src/**/*.test.tsx, jsdom).
// Vitest globals are off, so @testing-library/react cannot register its
// automatic cleanup; unmount rendered trees after every test here instead.
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

// A full form takes about a second to draw in jsdom, and far longer on a busy machine: findBy… and waitFor wait
// for what they look for up to 10 s rather than 1 s (a wait, not a speed test: speed is the bench's).
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no modal dialogs and no object URLs; these stand-ins do what the page relies on.
function showModal(this: HTMLDialogElement) {
  this.open = true;
}
function close(this: HTMLDialogElement) {
  this.open = false;
  this.dispatchEvent(new Event('close'));
}
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = showModal;
  HTMLDialogElement.prototype.close = close;
}
if (typeof URL.createObjectURL !== 'function') {
  URL.createObjectURL = () => 'blob:test';
  URL.revokeObjectURL = () => {};
}
