// Vitest setup (the dom project): English's form words (problems, settings) load just after the page's start in
// the app (see i18n.ts); here, before any test.
import { loadFormWords } from './i18n.ts';

await loadFormWords();
