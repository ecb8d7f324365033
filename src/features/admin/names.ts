import { shownName, type OpenFile } from '../../session/open-file.ts';

/** A file's name for messages: the name Save writes (shownName). */
export const displayName = (f: OpenFile): string => shownName(f);
