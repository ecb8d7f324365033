import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { PROTOCOL_LABELS } from '../../catalog/catalog.ts';
import { useT, type MessageId } from '../../i18n/i18n.ts';
import { sortRows, type FleetRow, type FleetSort, type SortKey } from '../../session/fleet.ts';
import { Ltr } from '../../shared/bidi.tsx';
import { visibleName } from '../../display/visible-name.ts';

/** Each row's height in pixels (fleet.css gives rows and the header this height): the virtualizer counts on it. */
export const ROW_PX = 40;

type ColumnId = SortKey | 'select' | 'close';
interface Column {
  readonly id: ColumnId;
  readonly title: MessageId;
  /** The CSS grid track of the column. */
  readonly width: string;
  readonly numeric?: boolean;
}

const COLUMNS: readonly Column[] = [
  { id: 'select', title: 'fleet.col.select', width: '2.75rem' },
  { id: 'name', title: 'fleet.col.name', width: 'minmax(12rem, 2fr)' },
  { id: 'extension', title: 'fleet.col.extension', width: 'minmax(6rem, 1fr)' },
  { id: 'model', title: 'fleet.col.model', width: '5.5rem' },
  { id: 'protocol', title: 'fleet.col.protocol', width: '5.5rem' },
  { id: 'speedDials', title: 'fleet.col.speedDials', width: '6.5rem', numeric: true },
  { id: 'errors', title: 'fleet.col.errors', width: '5rem', numeric: true },
  { id: 'warnings', title: 'fleet.col.warnings', width: '6.5rem', numeric: true },
  { id: 'notes', title: 'fleet.col.notes', width: '5rem', numeric: true },
  { id: 'unsaved', title: 'fleet.col.unsaved', width: '7rem' },
  { id: 'folder', title: 'fleet.col.folder', width: 'minmax(8rem, 1.5fr)' },
  { id: 'close', title: 'fleet.col.actions', width: '8.5rem' },
];

export interface FleetTableProps {
  /** The rows the filter keeps, in the files' order (the table sorts them). */
  readonly rows: readonly FleetRow[];
  /** Whether any open file was opened from a folder: the Folder column is shown only then. */
  readonly folders: boolean;
  readonly activeUid: number | null;
  readonly selected: ReadonlySet<number>;
  readonly onSelect: (uid: number) => void;
  readonly onToggle: (uids: readonly number[], on: boolean) => void;
  readonly onClose: (uid: number) => void;
  readonly labelledBy: string;
  readonly describedBy: string;
}

interface Cursor {
  /** The row in the shown order; -1 is the header row. */
  readonly row: number;
  readonly col: number;
}

/**
 * The open files as an ARIA grid (https://www.w3.org/WAI/ARIA/apg/patterns/grid/): one Tab stop, arrows move
 * between cells, Home/End to the row's first and last cell (with Ctrl, the first and last row), Page Up/Down by a
 * screenful, Enter opens the row's file in the editor, Space selects the row. Only the rows in view (and the one
 * with the keyboard) are in the page (@tanstack/react-virtual), so 5,000 files scroll as smoothly as 5; the
 * grid says how many rows it has (aria-rowcount) and each row where it is (aria-rowindex).
 */
export function FleetTable({ rows, folders, activeUid, selected, onSelect, onToggle, onClose, labelledBy, describedBy }: FleetTableProps) {
  const t = useT();
  const [sort, setSort] = useState<FleetSort | null>(null);
  const shown = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const columns = useMemo(() => COLUMNS.filter((c) => folders || c.id !== 'folder'), [folders]);
  const template = columns.map((c) => c.width).join(' ');
  const [cursor, setCursor] = useState<Cursor>({ row: 0, col: 1 });
  const row = Math.min(cursor.row, shown.length - 1);
  const col = Math.min(cursor.col, columns.length - 1);
  const scrollRef = useRef<HTMLDivElement>(null);
  // Focus follows the cursor only when the keyboard moved it, not when the rows changed under it.
  const wantFocus = useRef(false);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const out = defaultRangeExtractor(range);
      // The row with the keyboard stays in the page while scrolled away, so Tab comes back to it.
      if (row >= 0 && row < range.count && !out.includes(row)) out.push(row);
      out.sort((a, b) => a - b);
      return out;
    },
    [row],
  );
  // The page is not built with the React Compiler, which is what this rule protects: the virtualizer's functions are
  // called afresh at each render here, never memoized.
  // oxlint-disable-next-line react/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_PX,
    overscan: 10,
    // The sticky header row is the first ROW_PX of the scrolled box: the rows start below it, and a row scrolled to
    // by the keyboard comes to rest below it, not under it.
    scrollMargin: ROW_PX,
    scrollPaddingStart: ROW_PX,
    rangeExtractor,
  });

  useLayoutEffect(() => {
    if (!wantFocus.current) return;
    wantFocus.current = false;
    const cell = scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`);
    const target = cell?.querySelector<HTMLElement>('button, input') ?? cell;
    target?.focus();
  });

  const move = (next: Cursor) => {
    const r = Math.max(-1, Math.min(shown.length - 1, next.row));
    const c = Math.max(0, Math.min(columns.length - 1, next.col));
    wantFocus.current = true;
    setCursor({ row: r, col: c });
    if (r >= 0) virtualizer.scrollToIndex(r, { align: 'auto' });
    else if (scrollRef.current) scrollRef.current.scrollTop = 0;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const rtl = getComputedStyle(e.currentTarget).direction === 'rtl';
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_PX * 6) / ROW_PX) - 1);
    const here = shown[row];
    switch (e.key) {
      case 'ArrowDown':
        move({ row: row + 1, col });
        break;
      case 'ArrowUp':
        move({ row: row - 1, col });
        break;
      case 'ArrowRight':
        move({ row, col: col + (rtl ? -1 : 1) });
        break;
      case 'ArrowLeft':
        move({ row, col: col + (rtl ? 1 : -1) });
        break;
      case 'Home':
        move(e.ctrlKey ? { row: 0, col } : { row, col: 0 });
        break;
      case 'End':
        move(e.ctrlKey ? { row: shown.length - 1, col } : { row, col: columns.length - 1 });
        break;
      case 'PageDown':
        move({ row: row + page, col });
        break;
      case 'PageUp':
        move({ row: Math.max(0, row - page), col });
        break;
      case 'Enter':
        // A button or checkbox in the cell does its own thing; elsewhere Enter opens the row's file.
        if (here && !(e.target instanceof HTMLButtonElement || e.target instanceof HTMLInputElement)) onSelect(here.uid);
        else return;
        break;
      case ' ':
        if (here && !(e.target instanceof HTMLButtonElement || e.target instanceof HTMLInputElement)) onToggle([here.uid], !selected.has(here.uid));
        else return;
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  /** A click or Tab into a cell puts the cursor there. */
  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-cell]');
    const [r, c] = (cell?.dataset.cell ?? '').split(':').map(Number);
    if (r !== undefined && c !== undefined && !Number.isNaN(r) && !Number.isNaN(c) && (r !== row || c !== col)) setCursor({ row: r, col: c });
  };

  const sortBy = (key: SortKey) => setSort((s) => (s?.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' }));

  const header = columns.map((c, i) => {
    const focusable = row === -1 && col === i ? 0 : -1;
    const sorted = sort?.key === c.id ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined;
    let content: ReactNode;
    if (c.id === 'select' || c.id === 'close') {
      // Said to screen readers; seen in the column's checkboxes and buttons (the toolbar selects all shown).
      content = <span className="visually-hidden">{t(c.title)}</span>;
    } else {
      const key = c.id;
      content = (
        <button type="button" className="fleet__sort" tabIndex={focusable} onClick={() => sortBy(key)}>
          {t(c.title)}
          <span aria-hidden="true" className="fleet__sort-mark">
            {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : ''}
          </span>
        </button>
      );
    }
    return (
      <div key={c.id} role="columnheader" aria-colindex={i + 1} tabIndex={c.id === 'select' || c.id === 'close' ? focusable : undefined} aria-sort={c.id === 'select' || c.id === 'close' ? undefined : (sorted ?? 'none')} data-cell={`-1:${i}`} className={c.numeric ? 'fleet__num' : undefined}>
        {content}
      </div>
    );
  });

  return (
    <div className="fleet__scroll" ref={scrollRef}>
      <div
        role="grid"
        // The keyboard lands on a cell (one Tab stop, moved by the arrows), not on the grid itself.
        tabIndex={-1}
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        aria-rowcount={shown.length + 1}
        aria-colcount={columns.length}
        aria-multiselectable="true"
        className={`fleet__grid${folders ? ' fleet__grid--folders' : ''}`}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        <div role="rowgroup" className="fleet__head">
          <div role="row" aria-rowindex={1} className="fleet__row" style={{ gridTemplateColumns: template }}>
            {header}
          </div>
        </div>
        <div role="rowgroup" className="fleet__body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const r = shown[item.index];
            return r ? (
              <Row
                key={r.uid}
                row={r}
                index={item.index}
                start={item.start}
                columns={columns}
                template={template}
                active={r.uid === activeUid}
                checked={selected.has(r.uid)}
                cursorCol={item.index === row ? col : -1}
                onSelect={onSelect}
                onToggle={onToggle}
                onClose={onClose}
              />
            ) : null;
          })}
        </div>
      </div>
    </div>
  );
}

interface RowProps {
  readonly row: FleetRow;
  readonly index: number;
  readonly start: number;
  readonly columns: readonly Column[];
  readonly template: string;
  readonly active: boolean;
  readonly checked: boolean;
  /** The cell with the keyboard's Tab stop in this row; -1 when another row has it. */
  readonly cursorCol: number;
  readonly onSelect: (uid: number) => void;
  readonly onToggle: (uids: readonly number[], on: boolean) => void;
  readonly onClose: (uid: number) => void;
}

/** One file's row; drawn again only when its file, place, selection or Tab stop changes. */
const Row = memo(function Row({ row, index, start, columns, template, active, checked, cursorCol, onSelect, onToggle, onClose }: RowProps) {
  const t = useT();
  const nameId = `fleet-name-${row.uid}`;
  const cells = columns.map((c, i) => {
    const tab = cursorCol === i ? 0 : -1;
    let content: ReactNode;
    // A cell without a control of its own takes the Tab stop itself.
    let cellTab: number | undefined = tab;
    switch (c.id) {
      case 'select':
        cellTab = undefined;
        content = <input type="checkbox" className="fleet__box" tabIndex={tab} checked={checked} aria-labelledby={nameId} onChange={(e) => onToggle([row.uid], e.target.checked)} />;
        break;
      case 'name':
        cellTab = undefined;
        content = (
          <button type="button" id={nameId} className="link-button fleet__name" tabIndex={tab} aria-pressed={active} onClick={() => onSelect(row.uid)}>
            <Ltr>{row.name}</Ltr>
          </button>
        );
        break;
      case 'extension':
        content = <Ltr>{row.extension || '—'}</Ltr>;
        break;
      case 'model':
        content = <Ltr>{row.model}</Ltr>;
        break;
      case 'protocol':
        content = PROTOCOL_LABELS[row.protocol];
        break;
      case 'speedDials':
        content = row.speedDials;
        break;
      case 'errors':
        content = <span className={row.errors ? 'status-errors' : undefined}>{row.errors}</span>;
        break;
      case 'warnings':
        content = <span className={row.warnings ? 'status-warnings' : undefined}>{row.warnings}</span>;
        break;
      case 'notes':
        content = row.notes;
        break;
      case 'unsaved':
        content = row.unsaved ? <span className="badge badge--dirty">{t('fileList.unsaved')}</span> : null;
        break;
      case 'folder':
        content = row.folder ? <Ltr>{visibleName(row.folder)}</Ltr> : <span className="fleet__muted">{t('fleet.root')}</span>;
        break;
      case 'close':
        cellTab = undefined;
        content = (
          <button type="button" className="button button--quiet fleet__close" tabIndex={tab} onClick={() => onClose(row.uid)}>
            {`${t('fileList.close')} `}
            <Ltr className="visually-hidden">{row.name}</Ltr>
          </button>
        );
        break;
    }
    return (
      <div key={c.id} role="gridcell" aria-colindex={i + 1} tabIndex={cellTab} data-cell={`${index}:${i}`} className={c.numeric ? 'fleet__num' : undefined}>
        {content}
      </div>
    );
  });
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={checked}
      aria-current={active ? 'true' : undefined}
      className={`fleet__row${active ? ' row--active' : ''}`}
      style={{ gridTemplateColumns: template, transform: `translateY(${start - ROW_PX}px)` }}
    >
      {cells}
    </div>
  );
});
