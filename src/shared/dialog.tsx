import { memo, useEffect, useId, useRef, type ReactNode } from 'react';

/** A modal built on <dialog>: the browser traps focus, Escape closes it, focus returns to where it was. */
interface DialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly title: string;
  readonly children: ReactNode;
}

function DialogView({ open, onClose, title, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Where focus was when the dialog opened. Closing gives it back (the browser does); so must a dialog that is
  // taken out of the page while open, or the keyboard is left on the page's body.
  const opener = useRef<{ el: Element | null; open: boolean }>({ el: null, open: false });
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      opener.current = { el: document.activeElement, open: true };
      d.showModal();
    }
    if (!open && d.open) d.close();
    if (!open) opener.current.open = false;
  }, [open]);
  useEffect(
    () => () => {
      const { el, open: wasOpen } = opener.current;
      if (wasOpen && el instanceof HTMLElement && el.isConnected) el.focus();
    },
    [],
  );
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      <h2 id={titleId}>{title}</h2>
      {open ? children : null}
    </dialog>
  );
}

/** A closed dialog draws only its title: while it stays closed, the page's renders (a key press) pass it by. */
export const Dialog = memo(DialogView, (a, b) => !a.open && !b.open && a.title === b.title);
