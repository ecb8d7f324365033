import type { Messages } from '@lingui/core';
import { useEffect, useId, useRef, useState } from 'react';
import { SETTINGS, settingLabel } from '../../catalog/catalog.ts';
import type { Msg } from '../../catalog/msg.ts';
import { visibleName } from '../../display/visible-name.ts';
import { SITE_PROFILE_FILE, isEmptyProfile, settingByName } from '../../catalog/profile.ts';
import { loadAreaFrom, tr, useT } from '../../i18n/i18n.ts';
import { Dialog } from '../../shared/dialog.tsx';
import type { TeachNameProps } from '../../shared/teach-name.ts';
import { clearBrowser, exportText, fileIo, forgetName, importText, namesInUse, setSiteText, teachName, teachProblem, useProfile } from './profile-store.ts';
import './profile.css';

export { connect } from './profile-store.ts';

// The profile's words (the `profile` catalogs) come with its code, each language in its own chunk.
const catalogs = import.meta.glob<{ messages: Messages }>('../../i18n/catalogs/profile/*.ts');
export const loadProfileWords = (): Promise<void> => loadAreaFrom('profile', catalogs);

/** A list of reasons, each in its own item. */
function Problems({ problems }: { readonly problems: readonly Msg[] }) {
  return (
    <ul className="profile__problems">
      {problems.map((p, i) => (
        <li key={i}>{tr(p)}</li>
      ))}
    </ul>
  );
}

export interface ProfileBarProps {
  /** The site's profile file's text as the page's start found it; null: none there; undefined: not known yet. */
  readonly site: string | null | undefined;
  /** Whether the page asked for the profile's dialog (More → Format profile). */
  readonly manage: boolean;
  readonly onManageDone: () => void;
  /**
   * Whether the badge shows: with a file open, whose reading the profile changes. Not on the first screen, where it
   * would come a moment after the start (once the site's profile is read) and move the screen down.
   */
  readonly badge: boolean;
}

/**
 * The badge that says a format profile is in use, with what it teaches and a button to manage it; a profile the
 * page refused, said in plain words; and the dialog that manages the profile (remove, export, import).
 */
export function ProfileBar({ site, manage, onManageDone, badge }: ProfileBarProps) {
  const t = useT();
  const s = useProfile();
  const [open, setOpen] = useState(false);
  const [siteNoticeHidden, setSiteNoticeHidden] = useState(false);
  const [droppedNoticeHidden, setDroppedNoticeHidden] = useState(false);
  useEffect(() => {
    if (site !== undefined) setSiteText(site);
  }, [site]);
  const names = namesInUse(s);
  const shown = names.slice(0, 3).map((x) => t('profile.badge.pair', { name: visibleName(x.alias), setting: tr(settingLabel(x.setting)) }));
  return (
    <>
      {badge && names.length > 0 ? (
        <div className="profile-bar" role="region" aria-label={t('profile.badge.region')}>
          <span className="badge profile-bar__badge">{t('profile.badge.inUse')}</span>
          <span className="profile-bar__what" dir="auto">
            {t('profile.badge.teaches', { list: shown.join(t('profile.badge.separator')), more: names.length - shown.length })}
          </span>
          <button type="button" className="button button--quiet" onClick={() => setOpen(true)}>
            {t('profile.badge.manage')}
          </button>
        </div>
      ) : null}
      {s.siteProblems.length > 0 && !siteNoticeHidden ? (
        <DismissibleNotice text={t('profile.site.refused', { file: SITE_PROFILE_FILE })} problems={s.siteProblems} onDismiss={() => setSiteNoticeHidden(true)} />
      ) : null}
      {s.browserDropped.length > 0 && !droppedNoticeHidden ? (
        <DismissibleNotice text={t('profile.dialog.storedDropped')} problems={s.browserDropped} onDismiss={() => setDroppedNoticeHidden(true)} />
      ) : null}
      <ManageDialog
        open={open || manage}
        onClose={() => {
          setOpen(false);
          onManageDone();
        }}
      />
    </>
  );
}

/** A notice about a profile, with its problems listed and a button that hides it for this visit. */
function DismissibleNotice({ text, problems, onDismiss }: { readonly text: string; readonly problems: readonly Msg[]; readonly onDismiss: () => void }) {
  const t = useT();
  return (
    <div className="notice profile-notice" role="status">
      <div>
        <p>{text}</p>
        <Problems problems={problems} />
      </div>
      <button type="button" className="button button--quiet" onClick={onDismiss}>
        {t('profile.dismiss')}
      </button>
    </div>
  );
}

function ManageDialog({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }) {
  const t = useT();
  const s = useProfile();
  const [said, setSaid] = useState<{ readonly ok: boolean; readonly words: () => string; readonly problems?: readonly Msg[] } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const inputId = useId();
  // Remove takes its row (and its button) out, Remove all disables its own button: either leaves the keyboard on
  // the page's body. Focus goes to the sentence that says what was removed instead.
  const saidRef = useRef<HTMLDivElement>(null);
  const [focusSaid, setFocusSaid] = useState(0);
  useEffect(() => {
    if (focusSaid > 0) saidRef.current?.focus();
  }, [focusSaid]);
  const close = () => {
    setSaid(null);
    onClose();
  };
  const names = namesInUse(s);
  // Anything this browser's profile holds, a write name alone too: it is in use, so it can be exported and removed.
  const browserHolds = !isEmptyProfile(s.browser);
  return (
    <Dialog open={open} onClose={close} title={t('profile.dialog.title')}>
      <p className="hint">{t('profile.dialog.intro', { file: SITE_PROFILE_FILE })}</p>
      {names.length === 0 ? (
        <p>{t('profile.dialog.none')}</p>
      ) : (
        <table className="profile__table">
          <caption className="visually-hidden">{t('profile.dialog.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('profile.dialog.name')}</th>
              <th scope="col">{t('profile.dialog.setting')}</th>
              <th scope="col">{t('profile.dialog.from')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('profile.dialog.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {names.map((x) => (
              <tr key={`${x.source}:${x.alias}:${x.setting.id}`}>
                <td dir="ltr">
                  <code>{visibleName(x.alias)}</code>
                  {s.combined.write.get(`setting:${x.setting.id}`) === x.alias ? <div className="hint">{t('profile.dialog.writes')}</div> : null}
                </td>
                <td>{tr(settingLabel(x.setting))}</td>
                <td>{x.source === 'site' ? t('profile.dialog.fromSite') : t('profile.dialog.fromBrowser')}</td>
                <td>
                  {x.source === 'browser' ? (
                    <button
                      type="button"
                      className="button button--quiet"
                      onClick={() => {
                        forgetName(x.alias, x.setting);
                        const name = visibleName(x.alias);
                        const setting = settingLabel(x.setting);
                        setSaid({ ok: true, words: () => t('profile.dialog.removed', { name, setting: tr(setting) }) });
                        setFocusSaid((n) => n + 1);
                      }}
                    >
                      {`${t('profile.dialog.remove')} `}
                      <span className="visually-hidden">{t('profile.dialog.removeWhich', { name: visibleName(x.alias) })}</span>
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {s.combined.refused.length > 0 ? (
        <>
          <p>{t('profile.dialog.refused')}</p>
          <Problems problems={s.combined.refused.map((r) => r.reason)} />
        </>
      ) : null}
      {s.combined.refusedWrites.length > 0 ? (
        <>
          <p>{t('profile.dialog.refusedWrites')}</p>
          <Problems problems={s.combined.refusedWrites.map((r) => r.reason)} />
        </>
      ) : null}
      {s.siteProblems.length > 0 ? (
        <>
          <p>{t('profile.site.refused', { file: SITE_PROFILE_FILE })}</p>
          <Problems problems={s.siteProblems} />
        </>
      ) : null}
      {s.browserProblems.length > 0 ? (
        <>
          <p>{t('profile.dialog.storedRefused')}</p>
          <Problems problems={s.browserProblems} />
        </>
      ) : null}
      {s.browserDropped.length > 0 ? (
        <>
          <p>{t('profile.dialog.storedDropped')}</p>
          <Problems problems={s.browserDropped} />
        </>
      ) : null}
      {!s.stored ? <p className="field__warning">{t('profile.dialog.notStored')}</p> : null}
      <div className="field">
        <label htmlFor={inputId} className="field__label">
          {t('profile.dialog.import')}
        </label>
        <input
          ref={fileInput}
          id={inputId}
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            const io = fileIo();
            if (!io) return;
            void io.readFile(file).then(
              (picked) => {
                const text = new TextDecoder().decode(picked.bytes);
                const problems = importText(text);
                setSaid(problems.length > 0 ? { ok: false, words: () => t('profile.dialog.importRefused', { name: file.name }), problems } : { ok: true, words: () => t('profile.dialog.imported', { name: file.name }) });
              },
              (err: unknown) => setSaid({ ok: false, words: () => t('profile.dialog.importUnread', { name: file.name, detail: String(err) }) }),
            );
          }}
        />
      </div>
      <div ref={saidRef} tabIndex={-1} role={said && !said.ok ? 'alert' : 'status'} className={said && !said.ok ? 'field__error' : undefined}>
        {said ? (
          <>
            <p>{said.words()}</p>
            {said.problems ? <Problems problems={said.problems} /> : null}
          </>
        ) : null}
      </div>
      <div className="dialog__actions">
        <button
          type="button"
          className="button"
          disabled={!browserHolds}
          onClick={() => {
            fileIo()?.download(new TextEncoder().encode(exportText()), SITE_PROFILE_FILE, 'application/json;charset=utf-8');
            setSaid({ ok: true, words: () => t('profile.dialog.exported', { name: SITE_PROFILE_FILE }) });
          }}
        >
          {t('profile.dialog.export')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!browserHolds && s.browserProblems.length === 0}
          onClick={() => {
            clearBrowser();
            setSaid({ ok: true, words: () => t('profile.dialog.cleared') });
            setFocusSaid((n) => n + 1);
          }}
        >
          {t('profile.dialog.clear')}
        </button>
        <button type="button" className="button button--primary" onClick={close}>
          {t('profile.close')}
        </button>
      </div>
    </Dialog>
  );
}

/** "`REDIALMODE` is Redial": a setting chosen from the list, refused with the reason when the name collides. */
export function TeachName({ name, onDone }: TeachNameProps) {
  const t = useT();
  const id = useId();
  const [settingName, setSettingName] = useState('');
  const [write, setWrite] = useState(true);
  const [problem, setProblem] = useState<Msg | null>(null);
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => select.current?.focus(), []);
  const setting = settingByName(settingName);
  // Escape in any of its controls cancels, as in a dialog.
  const escape = (e: React.KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    onDone(false);
  };
  return (
    <div className="teach" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="teach__title">
        {t('profile.teach.title', { name: visibleName(name) })}
      </p>
      <div className="field">
        <label htmlFor={`${id}-setting`} className="field__label">
          {t('profile.teach.setting')}
        </label>
        <select
          ref={select}
          id={`${id}-setting`}
          className="field__input"
          value={settingName}
          aria-describedby={`${id}-why`}
          aria-invalid={problem ? true : undefined}
          onKeyDown={escape}
          onChange={(e) => {
            setSettingName(e.target.value);
            const def = settingByName(e.target.value);
            setProblem(def ? teachProblem(name, def) : null);
          }}
        >
          <option value="">{t('profile.teach.choose')}</option>
          {SETTINGS.map((def) => (
            <option key={def.id} value={def.name}>
              {tr(settingLabel(def)) === def.name ? def.name : t('profile.teach.option', { label: tr(settingLabel(def)), name: def.name })}
            </option>
          ))}
        </select>
      </div>
      <div id={`${id}-why`} className={problem ? 'field__error' : 'field__desc'} aria-live="polite">
        {problem ? tr(problem) : t('profile.teach.hint')}
      </div>
      <div className="field field--check">
        <input id={`${id}-write`} type="checkbox" checked={write} onKeyDown={escape} onChange={(e) => setWrite(e.target.checked)} />
        <label htmlFor={`${id}-write`}>{t('profile.teach.write', { name: visibleName(name) })}</label>
      </div>
      <div className="teach__actions">
        <button
          type="button"
          className="button button--primary"
          onKeyDown={escape}
          onClick={() => {
            if (!setting) {
              setProblem({ id: 'profile.teach.chooseFirst' });
              select.current?.focus();
              return;
            }
            const refused = teachName(name, setting, write);
            if (refused) {
              setProblem(refused);
              select.current?.focus();
            } else onDone(true);
          }}
        >
          {t('profile.teach.teach')}
        </button>
        <button type="button" className="button button--quiet" onKeyDown={escape} onClick={() => onDone(false)}>
          {t('profile.teach.cancel')}
        </button>
      </div>
    </div>
  );
}


