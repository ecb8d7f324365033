import type { Messages } from '@lingui/core';
import { loadAreaFrom } from '../../i18n/i18n.ts';

/**
 * The words that explain rather than name (the `guide` catalogs): what each setting does, and where the editor's
 * knowledge of it comes from ("Source: Avaya's 4600 guide", the legend). The form is whole without them, so they
 * come in a chunk of their own as the editor first draws, off the page's initial JavaScript; until then those
 * lines are simply not shown.
 */
const catalogs = import.meta.glob<{ messages: Messages }>('../../i18n/catalogs/guide/*.ts');
export const loadGuideWords = (): Promise<void> => loadAreaFrom('guide', catalogs);
