declare global {
  interface Window {
    /** Files chosen or dropped on the first screen before the page's JavaScript took over (public/first-language.js). */
    firstFiles?: File[];
    /** The system file picker opened by the first screen's Open before the page's JavaScript took over. */
    firstPick?: Promise<FileSystemFileHandle[]>;
  }
}

/**
 * The file handles from the system file picker the first screen's Open opened before the page worked
 * (public/first-language.js), once: null when it was not opened, empty when the user cancelled.
 */
export function takeFirstPick(): Promise<readonly FileSystemFileHandle[]> | null {
  const pick = window.firstPick ?? null;
  delete window.firstPick;
  return pick;
}

/** Files chosen or dropped on the first screen before the page worked (public/first-language.js), once. */
export function takeFirstFiles(): readonly File[] {
  const files = window.firstFiles ?? [];
  delete window.firstFiles;
  return files;
}

/**
 * Files the first screen's file input took after the page had taken over (the system's dialog was open while it did,
 * public/first-language.js): `open` is given them as they come. Returns the unsubscribe.
 */
export function onLateFirstFiles(open: (files: readonly File[]) => void): () => void {
  const take = () => {
    const files = takeFirstFiles();
    if (files.length > 0) open(files);
  };
  window.addEventListener('first-files', take);
  return () => window.removeEventListener('first-files', take);
}

/**
 * The first screen in the page's language is the one App will replace: the others go before anything else runs,
 * so the page holds one of each element (one file input, one "Open").
 */
export function keepOneFirstScreen(root: HTMLElement): void {
  const lang = document.documentElement.lang;
  for (const screen of root.querySelectorAll<HTMLElement>('.first-screen')) if (screen.lang !== lang) screen.remove();
}

/**
 * What was clicked on the first screen rendered into index.html before the page's JavaScript took over
 * (public/first-language.js keeps it on #root as a path of child indexes): App's first screen has the same elements
 * (src/app/first-screen.test.tsx), so the same path finds the same button, which is clicked again now and keeps
 * the keyboard. Nothing was clicked: nothing happens.
 */
export function replayFirstClick(root: HTMLElement | null): void {
  const path = root?.dataset.firstClick;
  if (!root || path === undefined) return;
  delete root.dataset.firstClick;
  let node: Element | undefined = root.firstElementChild ?? undefined;
  for (const index of path.split('.').map(Number)) node = node?.children[index];
  if (node instanceof HTMLElement) {
    node.focus();
    node.click();
  }
}
