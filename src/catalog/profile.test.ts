import { describe, expect, it } from 'vitest';
import { english } from '../i18n/english.ts';
import { settingById } from './catalog.ts';
import { aliasProblem, combine, emptyProfile, forget, isEmptyProfile, profileText, readProfile, readStoredProfile, taughtByName, teach, type Profile } from './profile.ts';

const redial = settingById('redial');
const contrast = settingById('contrast');
const text = (settings: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ format: 'avaya-4600-backup-profile', version: 1, settings, ...extra });
const ids = (r: ReturnType<typeof readProfile>) => (r.ok ? [] : r.problems.map((p) => p.id));

describe('format profile: reading', () => {
  it('reads the issue’s example', () => {
    const r = readProfile(text({ Redial: { aliases: ['REDIALMODE'], write: 'REDIALMODE' } }));
    expect(r).toEqual({ ok: true, profile: { settings: { Redial: { aliases: ['REDIALMODE'], write: 'REDIALMODE' } } } });
  });

  it('says in plain words what is not a profile: not JSON, another format, another version, not an object', () => {
    expect(ids(readProfile('{ "format": '))).toEqual(['profile.problem.notJson']);
    expect(ids(readProfile(JSON.stringify({ format: 'other', version: 1, settings: {} })))).toEqual(['profile.problem.notProfile']);
    expect(ids(readProfile(JSON.stringify({ format: 'avaya-4600-backup-profile', version: 2, settings: {} })))).toEqual(['profile.problem.version']);
    expect(ids(readProfile('[]'))).toEqual(['profile.problem.notObject']);
    expect(ids(readProfile(text({ Redial: { aliases: 'REDIALMODE' } })))).toEqual(['profile.problem.shape']);
  });

  it('reports unknown keys, at the top and in a setting, with where they are', () => {
    const top = readProfile(text({}, { comment: 'x' }));
    expect(top.ok ? null : top.problems).toEqual([{ id: 'profile.problem.unknownKeysTop', values: { where: '', keys: { id: 'profile.quoted', values: { key: 'comment' } } } }]);
    const inner = readProfile(text({ Redial: { aliases: [], writes: 'X' } }));
    expect(inner.ok ? null : inner.problems).toEqual([{ id: 'profile.problem.unknownKeys', values: { where: 'settings › Redial', keys: { id: 'profile.quoted', values: { key: 'writes' } } } }]);
  });

  it('refuses a setting the catalog does not have (names as the catalog writes them)', () => {
    expect(ids(readProfile(text({ Redialling: { aliases: ['X'] } })))).toEqual(['profile.problem.unknownSetting']);
    expect(ids(readProfile(text({ redial: { aliases: ['X'] } })))).toEqual(['profile.problem.unknownSetting']);
  });

  it('refuses a key the catalog does not have, even one every object has (it took "__proto__" as an empty profile, unsaid)', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const r = readProfile(`{"format":"avaya-4600-backup-profile","version":1,"settings":{${JSON.stringify(key)}:{"aliases":["REDIALMODE"]}}}`);
      expect(r.ok ? 'accepted' : r.problems).toEqual([{ id: 'profile.problem.unknownSetting', values: { name: key } }]);
    }
    // Beside a setting it has, too: the profile is refused as a whole.
    expect(ids(readProfile('{"format":"avaya-4600-backup-profile","version":1,"settings":{"Redial":{"aliases":["REDIALMODE"]},"__proto__":{"aliases":[]}}}'))).toEqual(['profile.problem.unknownSetting']);
  });

  it('says a name with direction-changing characters with their codes (U+202E turned its sentence around)', () => {
    const r = readProfile(text({ '\u202ElaideR': { aliases: [] }, Redial: { aliases: [' \u202EEDOMLAIDER'], write: 'X\u2067' } }));
    expect(r.ok ? [] : r.problems.map(english)).toEqual([
      '“[U+202E]laideR” is not a setting this editor knows: write the setting’s name as the editor shows it in English, such as “Redial”.',
      '“ [U+202E]EDOMLAIDER” cannot be a line’s name: it is empty, or has spaces at its start or end, an “=” or a control character.',
      'New lines of Redial cannot be written as “X[U+2067]”: the editor would not read that name back as Redial. Use its name, one of its aliases, or a name the profile teaches for it.',
    ]);
  });

  it('refuses a write name that is not read as the setting', () => {
    expect(ids(readProfile(text({ Redial: { aliases: ['REDIALMODE'], write: 'OTHER' } })))).toEqual(['profile.problem.badWrite']);
    expect(readProfile(text({ Redial: { aliases: [], write: 'PHNREDIAL' } })).ok).toBe(true);
  });

  it('refuses the whole profile when one name collides, and says each reason', () => {
    const r = readProfile(text({ Redial: { aliases: ['REDIALMODE', 'Contrast'] }, Contrast: { aliases: ['redialmode'] } }));
    expect(r.ok ? null : r.problems).toEqual([
      { id: 'profile.problem.taken', values: { name: 'Contrast', setting: { id: 'setting.contrast.label' } } },
      { id: 'profile.problem.taughtTwice', values: { name: 'redialmode', setting: { id: 'setting.redial.label' } } },
    ]);
  });

  it('says its reasons in plain words', () => {
    const r = readProfile(text({ Redial: { aliases: ['Contrast', 'ABKNAME3'] } }, { comment: 'x' }));
    expect(r.ok ? [] : r.problems.map(english)).toEqual(['Unknown keys: “comment”.']);
    const s = readProfile(text({ Redial: { aliases: ['Contrast', 'ABKNAME3'] } }));
    expect(s.ok ? [] : s.problems.map(english)).toEqual([
      '“Contrast” is already the name of another setting, Contrast.',
      '“ABKNAME3” reads as a list entry (a speed dial or a feature button label), not as a setting.',
    ]);
  });

  it('writes a profile that reads back as itself', () => {
    const p: Profile = { settings: { Redial: { aliases: ['REDIALMODE'], write: 'REDIALMODE' } } };
    expect(readProfile(profileText(p))).toEqual({ ok: true, profile: p });
  });
});

describe('format profile: the one this browser kept', () => {
  it('drops a name the catalog has come to know since, says so, and keeps the rest (it was refused whole)', () => {
    const stored = text({ Redial: { aliases: ['PHNREDIAL', 'REDIALMODE'] }, Contrast: { aliases: ['KONTRAST'] } });
    expect(readProfile(stored).ok).toBe(false);
    const r = readStoredProfile(stored);
    expect(r).toEqual({
      ok: true,
      profile: { settings: { Redial: { aliases: ['REDIALMODE'] }, Contrast: { aliases: ['KONTRAST'] } } },
      dropped: [{ id: 'profile.problem.known', values: { name: 'PHNREDIAL', setting: { id: 'setting.redial.label' } } }],
    });
  });

  it('drops a name now another setting’s, with its write name; a setting left with nothing goes', () => {
    const r = readStoredProfile(text({ Redial: { aliases: ['Contrast'], write: 'Contrast' }, 'Call Timer': { aliases: ['TIMERX'] } }));
    expect(r.ok ? [r.profile, r.dropped.map((m) => m.id)] : r.problems).toEqual([{ settings: { 'Call Timer': { aliases: ['TIMERX'] } } }, ['profile.problem.taken', 'profile.problem.badWrite']]);
    // A write name the catalog now has as the setting's own alias is still read back as it: it stays.
    const w = readStoredProfile(text({ Redial: { aliases: ['PHNREDIAL'], write: 'PHNREDIAL' } }));
    expect(w.ok ? w.profile : w.problems).toEqual({ settings: { Redial: { aliases: [], write: 'PHNREDIAL' } } });
  });

  it('still refuses what is wrong for another reason, and drops nothing then', () => {
    expect(readStoredProfile(text({ Redial: { aliases: ['PHNREDIAL', 'ABKNAME3'] } }))).toEqual({ ok: false, problems: [{ id: 'profile.problem.listName', values: { name: 'ABKNAME3' } }] });
    expect(readStoredProfile(text({ Redial: { aliases: ['REDIALMODE'] } }))).toEqual({ ok: true, profile: { settings: { Redial: { aliases: ['REDIALMODE'] } } }, dropped: [] });
  });
});

describe('format profile: the collision check', () => {
  it('refuses another setting’s name or alias, in any ASCII letter case', () => {
    expect(aliasProblem('CONTRAST', redial)?.id).toBe('profile.problem.taken');
    expect(aliasProblem('Phnredial', contrast)?.id).toBe('profile.problem.taken');
  });
  it('refuses a name the setting already has', () => {
    expect(aliasProblem('phnredial', redial)?.id).toBe('profile.problem.known');
  });
  it('refuses a name that reads as a list line', () => {
    for (const name of ['ABKNAME7', 'abknumber012', 'PHNLABEL3']) expect(aliasProblem(name, redial)?.id).toBe('profile.problem.listName');
  });
  it('refuses a name taught to another setting, saying whether the site teaches it', () => {
    expect(aliasProblem('REDIALMODE', contrast, taughtByName([{ alias: 'redialmode', setting: redial, source: 'browser' }]))?.id).toBe('profile.problem.taughtTwice');
    expect(aliasProblem('REDIALMODE', contrast, taughtByName([{ alias: 'REDIALMODE', setting: redial, source: 'site' }]))?.id).toBe('profile.problem.taughtBySite');
    expect(aliasProblem('REDIALMODE', redial, taughtByName([{ alias: 'REDIALMODE', setting: redial, source: 'site' }]))).toBeNull();
  });
  it('refuses what cannot be a line’s name: empty, spaces around it, “=”, control characters', () => {
    for (const name of ['', ' REDIALMODE', 'REDIALMODE ', 'A=B', 'A\tB']) expect(aliasProblem(name, redial)?.id).toBe('profile.problem.badName');
    expect(aliasProblem('Redial Mode', redial)).toBeNull();
  });
});

describe('format profile: teaching and combining', () => {
  it('teaches and forgets a name, with its write name', () => {
    const p = teach(emptyProfile, redial, 'REDIALMODE', true);
    expect(p).toEqual({ settings: { Redial: { aliases: ['REDIALMODE'], write: 'REDIALMODE' } } });
    expect(teach(p, redial, 'REDIALMODE', true)).toEqual(p);
    const forgotten = forget(p, redial, 'REDIALMODE');
    expect(forgotten).toEqual({ settings: {} });
    expect(isEmptyProfile(forgotten)).toBe(true);
  });

  it('applies both the site’s and the browser’s profile; a browser name the site teaches otherwise is refused; the site’s write wins', () => {
    const site: Profile = { settings: { Redial: { aliases: ['REDIALMODE'], write: 'REDIALMODE' } } };
    const browser: Profile = { settings: { Contrast: { aliases: ['REDIALMODE', 'CONTRASTLVL'] }, Redial: { aliases: ['REDIALMODE', 'RDL'], write: 'RDL' } } };
    const c = combine(site, browser);
    expect(c.taught.map((t) => [t.alias, t.setting.id, t.source])).toEqual([
      ['REDIALMODE', 'redial', 'site'],
      ['CONTRASTLVL', 'contrast', 'browser'],
      ['RDL', 'redial', 'browser'],
    ]);
    expect(c.refused.map((r) => [r.alias, r.setting.id, r.reason.id])).toEqual([['REDIALMODE', 'contrast', 'profile.problem.taughtBySite']]);
    expect([...c.names]).toEqual([['REDIALMODE', 'setting:redial'], ['CONTRASTLVL', 'setting:contrast'], ['RDL', 'setting:redial']]);
    expect([...c.write]).toEqual([['setting:redial', 'REDIALMODE']]);
    expect(c.refusedWrites.map((r) => [r.alias, r.setting.id, r.reason])).toEqual([
      ['RDL', 'redial', { id: 'profile.problem.siteWrites', values: { name: 'RDL', site: 'REDIALMODE', setting: { id: 'setting.redial.label' } } }],
    ]);
  });

  it('says this browser’s write name the site’s overrides (it was dropped unsaid), in plain words', () => {
    const c = combine({ settings: { Contrast: { aliases: ['KONTRAST'], write: 'KONTRAST' } } }, { settings: { Contrast: { aliases: [], write: 'Contrast' } } });
    expect([...c.write]).toEqual([['setting:contrast', 'KONTRAST']]);
    expect(c.refusedWrites.map((r) => english(r.reason))).toEqual(['This site’s profile writes new lines of Contrast as “KONTRAST”, so this browser’s “Contrast” is not used for them.']);
    // Nor is it counted as a name in use: the site's is.
    expect(c.writeOnly).toEqual([]);
  });

  it('says a write name that both profiles give alike once, as used, not refused', () => {
    const p: Profile = { settings: { Redial: { aliases: ['REDIALMODE'], write: 'REDIALMODE' } } };
    const c = combine(p, p);
    expect([...c.write]).toEqual([['setting:redial', 'REDIALMODE']]);
    expect(c.refusedWrites).toEqual([]);
    // Another letter case is another name in the file: said.
    expect(combine(p, { settings: { Redial: { aliases: [], write: 'redialmode' } } }).refusedWrites.map((r) => r.alias)).toEqual(['redialmode']);
  });

  it('says this browser’s write name no longer read back as its setting, its alias refused (it was dropped unsaid)', () => {
    const site: Profile = { settings: { Contrast: { aliases: ['LEVEL'] } } };
    const c = combine(site, { settings: { Redial: { aliases: ['LEVEL'], write: 'LEVEL' } } });
    expect(c.refused.map((r) => r.reason.id)).toEqual(['profile.problem.taughtBySite']);
    expect(c.write.size).toBe(0);
    expect(c.refusedWrites.map((r) => [r.alias, r.setting.id, r.reason.id])).toEqual([['LEVEL', 'redial', 'profile.problem.badWrite']]);
  });

  it('counts a write name that is no taught name (the catalog’s own alias) as a name in use', () => {
    const c = combine({ settings: { Contrast: { aliases: ['KONTRAST'], write: 'KONTRAST' } } }, { settings: { 'Call Timer': { aliases: [], write: 'PHNTIMERS' } } });
    expect(c.taught.map((t) => t.alias)).toEqual(['KONTRAST']);
    expect(c.writeOnly.map((t) => [t.alias, t.setting.id, t.source])).toEqual([['PHNTIMERS', 'callTimer', 'browser']]);
    expect([...c.write]).toEqual([['setting:contrast', 'KONTRAST'], ['setting:callTimer', 'PHNTIMERS']]);
  });

  it('reads and combines a profile of 20,000 names, every one of them (each is looked up, not searched: it froze the page)', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `SITENAME${i}`);
    const r = readProfile(text({ Redial: { aliases: names.slice(0, 10_000), write: 'SITENAME9999' }, Contrast: { aliases: names.slice(10_000) } }));
    expect(r.ok).toBe(true);
    const read = r.ok ? r.profile : emptyProfile;
    const c = combine(read, read);
    expect(c.taught).toHaveLength(20_000);
    expect(c.refused).toEqual([]);
    expect(c.names.get('SITENAME19999')).toBe('setting:contrast');
    expect([...c.write]).toEqual([['setting:redial', 'SITENAME9999']]);
    // One name among them taught twice, to two settings, is still found and refused.
    const twice = readProfile(text({ Redial: { aliases: names.slice(0, 10_000) }, Contrast: { aliases: [...names.slice(10_000), 'sitename42'] } }));
    expect(twice.ok ? [] : twice.problems).toEqual([{ id: 'profile.problem.taughtTwice', values: { name: 'sitename42', setting: { id: 'setting.redial.label' } } }]);
  });
});
