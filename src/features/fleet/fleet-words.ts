import type { Messages } from '@lingui/core';
import { loadAreaFrom } from '../../i18n/i18n.ts';

// The fleet view's words (the `fleet` catalogs): loaded with the view, only once more than one file is open.
const catalogs = import.meta.glob<{ messages: Messages }>('../../i18n/catalogs/fleet/*.ts');
export const loadFleetWords = (): Promise<void> => loadAreaFrom('fleet', catalogs);
