/** Reloads the page (its own module, so that the unit tests can see a reload that jsdom cannot make). */
export function reloadPage(): void {
  window.location.reload();
}
