// zod/mini, in a copy of its own for the lazily loaded format profile (see ownCopy in vite.config.ts).
declare module 'zod/mini?own-copy' {
  export * from 'zod/mini';
}
