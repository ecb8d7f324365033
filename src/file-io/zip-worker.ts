import { pack } from './zip-pack.ts';
import type { HelperAnswer, HelperShare } from './zip.ts';

/**
 * The zip's helper (see zipFilesInParallel in zip.ts): packs each share it is sent, on the computer's other core,
 * while the page packs others, and answers with the share's first file's place, so the page puts the packed files
 * back where they belong (or, on any doubt, packs the share itself). The files come and go as transferred buffers.
 */
const scope = self as unknown as {
  addEventListener: ((type: 'message', listener: (event: MessageEvent<HelperShare>) => void) => void) & ((type: 'messageerror', listener: () => void) => void);
  postMessage: (message: HelperAnswer, transfer: Transferable[]) => void;
};
scope.addEventListener('message', (event) => {
  const { from, files } = event.data;
  try {
    const packed = files.map(pack);
    scope.postMessage({ from, packed }, [...new Set(packed.map((p) => p.data.buffer as ArrayBuffer))]);
  } catch {
    scope.postMessage({ from, error: true }, []);
  }
});
// A share that could not be received: the page would wait for its answer.
scope.addEventListener('messageerror', () => scope.postMessage({ error: true }, []));
