import { useState, type ReactNode, type UIEvent } from 'react';

export interface VirtualListProps {
  count: number;
  rowHeight: number;
  /** Height of the visible viewport in pixels. */
  height: number;
  /** Extra rows rendered above and below the viewport, for smooth scrolling. */
  overscan?: number;
  renderRow: (index: number) => ReactNode;
  label: string;
}

/** The slice of rows [start, end) to render for a scroll position. */
export function visibleRange(scrollTop: number, height: number, rowHeight: number, count: number, overscan: number) {
  const first = Math.floor(scrollTop / rowHeight);
  const visible = Math.ceil(height / rowHeight);
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, first + visible + overscan);
  return { start, end };
}

/**
 * A windowed list: only the rows in view (plus a little overscan) exist in the
 * DOM, positioned inside a spacer as tall as all rows, so 100,000 entries
 * scroll as smoothly as 100.
 */
export function VirtualList({ count, rowHeight, height, overscan = 8, renderRow, label }: VirtualListProps) {
  const [scrollTop, setScrollTop] = useState(0);
  const { start, end } = visibleRange(scrollTop, height, rowHeight, count, overscan);
  const rows: ReactNode[] = [];
  for (let index = start; index < end; index++) {
    rows.push(
      <div
        key={index}
        role="row"
        aria-rowindex={index + 1}
        className="vlist-row"
        style={{ position: 'absolute', top: index * rowHeight, height: rowHeight, left: 0, right: 0 }}
      >
        {/* A row holds cells (ARIA): one cell with the row's content. */}
        <div role="gridcell" className="vlist-cell">{renderRow(index)}</div>
      </div>,
    );
  }
  return (
    <div
      role="grid"
      aria-label={label}
      aria-rowcount={count}
      className="vlist"
      style={{ height, overflowY: 'auto', position: 'relative' }}
      onScroll={(event: UIEvent<HTMLDivElement>) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div style={{ height: count * rowHeight, position: 'relative' }}>{rows}</div>
    </div>
  );
}
