import type { Messages } from '@lingui/core';
import { loadAreaFrom } from '../i18n/i18n.ts';

// What Undo and Redo say they will do ("Undo: remove speed dial 5"): words needed only once something has been
// changed, so they load while the page is idle after it starts, not with the page (the `steps` catalogs).
const catalogs = import.meta.glob<{ messages: Messages }>('../i18n/catalogs/steps/*.ts');
export const loadStepWords = (): Promise<void> => loadAreaFrom('steps', catalogs);
