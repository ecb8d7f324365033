import { pack, type Packed } from './zip-pack.ts';

/**
 * The zip's helper (see zipFilesInParallel in zip.ts): packs the files it is sent, on the computer's other core,
 * while the page packs the rest. Each file's bytes come and go as transferred buffers, not copies.
 */
const scope = self as unknown as {
  addEventListener: (type: 'message', listener: (event: MessageEvent<{ readonly files: readonly Uint8Array[] }>) => void) => void;
  postMessage: (message: { readonly packed: readonly Packed[] }, transfer: Transferable[]) => void;
};
scope.addEventListener('message', (event) => {
  const packed = event.data.files.map(pack);
  scope.postMessage({ packed }, [...new Set(packed.map((p) => p.data.buffer as ArrayBuffer))]);
});
