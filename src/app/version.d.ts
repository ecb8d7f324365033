/** package.json's version, put in by the build (vite.config.ts `define`), for the page's footer. */
interface ImportMetaEnv {
  readonly APP_VERSION: string;
}
