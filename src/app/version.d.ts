/** package.json's version, put in by the build (vite.config.ts `define`). */
declare const __APP_VERSION__: string;
