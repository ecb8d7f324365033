import { ruleFileName, type OpenFile } from '../../session/open-file.ts';

/** A file's name for messages: the loaded name, or the one the rule gives it. */
export const displayName = (f: OpenFile): string => f.sourceName ?? ruleFileName(f);
