import { useEffect, useRef, type RefObject } from 'react';
import { useT, type MessageId } from '../i18n/i18n.ts';

export interface MoreProps {
  readonly hasFile: boolean;
  readonly adminOpen: boolean;
  readonly onNew: () => void;
  readonly onOpenFolder: () => void;
  readonly onSample: () => void;
  readonly onToggleAdmin: () => void;
  readonly onProfile: () => void;
  readonly onClose: () => void;
}

/**
 * The list under the header's "More" button: New, Open folder, Try a sample, Administrator tools, Format profile, Close. A disclosure: the
 * button, in the header, says whether the list is open, and the list comes right after it for the keyboard.
 * Escape closes it and gives the focus back to the button, as choosing an item does (so
 * a dialog the item opens gives it back there too); a press outside, or the focus going anywhere else, closes it.
 */
export function MoreList({ id, button, setOpen, ...p }: MoreProps & { readonly id: string; readonly button: RefObject<HTMLButtonElement | null>; readonly setOpen: (open: boolean) => void }) {
  const t = useT();
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const inside = (target: EventTarget | null) => target instanceof Node && (list.current?.contains(target) || button.current?.contains(target));
    const away = (e: Event) => {
      if (!inside(e.target)) setOpen(false);
    };
    const key = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('focusin', away);
    document.addEventListener('keydown', key);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('focusin', away);
      document.removeEventListener('keydown', key);
    };
  }, [button, setOpen]);

  const items: [MessageId, () => void, boolean?][] = [
    ['app.new', p.onNew],
    ['app.openFolder', p.onOpenFolder],
    ['app.sample', p.onSample],
    // A choice that stays on: said as a toggle button's state.
    ['app.adminTools', p.onToggleAdmin, p.adminOpen],
    ['app.formatProfile', p.onProfile],
    ...(p.hasFile ? [['app.close', p.onClose] as [MessageId, () => void]] : []),
  ];
  return (
    <div id={id} ref={list} className="more__list">
      {items.map(([words, act, pressed]) => (
        <button
          key={words}
          type="button"
          className="button more__item"
          aria-pressed={pressed}
          onClick={() => {
            setOpen(false);
            button.current?.focus();
            act();
          }}
        >
          {t(words)}
        </button>
      ))}
    </div>
  );
}
