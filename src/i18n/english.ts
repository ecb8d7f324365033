/** English words for pure code's messages, for tests and tools that run without the UI (no DOM, no React). */
import { setupI18n } from '@lingui/core';
import type { Msg, MsgValue } from '../catalog/msg.ts';
import { messages as admin } from './catalogs/admin/en.ts';
import { messages as core } from './catalogs/core/en.ts';
import { messages as editing } from './catalogs/editing/en.ts';
import { messages as guide } from './catalogs/guide/en.ts';
import { messages as problems } from './catalogs/problems/en.ts';
import { messages as profile } from './catalogs/profile/en.ts';
import { messages as settings } from './catalogs/settings/en.ts';
import { messages as steps } from './catalogs/steps/en.ts';

const en = setupI18n({ locale: 'en', messages: { en: { ...core, ...editing, ...problems, ...settings, ...guide, ...admin, ...profile, ...steps } } });

export function english(m: Msg): string {
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(m.values ?? {}) as [string, MsgValue][]) values[k] = typeof v === 'object' ? english(v) : v;
  return en._(m.id, values);
}
