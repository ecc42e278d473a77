import type { ReactNode } from 'react';

/**
 * A table of figures — rows of an area or segment by columns of areas — with its caption for screen
 * readers, scrolling sideways on a narrow screen instead of squeezing the cells.
 */
export function FigureGrid({ className, caption, corner, columns, children }: {
  className: string;
  caption: string;
  corner: string;
  columns: { key: string; label: string }[];
  children: ReactNode;
}) {
  return (
    <div className="figure-grid-scroll">
      <table className={`figure-grid ${className}`}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {columns.map((column) => <th scope="col" key={column.key}>{column.label}</th>)}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
