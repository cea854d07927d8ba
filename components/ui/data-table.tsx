/**
 * A table of records. Column headers are `th scope="col"`; a column marked `rowHeader` is the
 * row's `th scope="row"`. On a phone the rows stack: each record becomes a block and each cell
 * shows its column's name before it (CSS generated text, so the cell's own text stays as it is).
 */
import type { ReactNode } from "react";

export type Column<Row> = {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Classes for the column's cells (alignment, `whitespace-nowrap`, fonts). */
  className?: string;
  rowHeader?: boolean;
  /** The header is read by assistive technology but not shown (a column of check boxes). */
  headerHidden?: boolean;
};

const stacked =
  "block py-0.5 max-sm:before:mr-2 max-sm:before:text-xs max-sm:before:font-semibold max-sm:before:text-ink-muted max-sm:before:normal-case max-sm:before:content-[attr(data-label)] sm:table-cell sm:py-3 sm:pr-4 sm:last:pr-0";

export function DataTable<Row>({
  caption,
  captionVisible = false,
  columns,
  rows,
  rowKey,
  className = "",
}: {
  /** Names the table for assistive technology; shown only when `captionVisible`. */
  caption: ReactNode;
  captionVisible?: boolean;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  className?: string;
}) {
  return (
    <table className={`block w-full border-collapse text-left text-sm sm:table ${className}`}>
      <caption className={captionVisible ? "mb-2 text-left font-semibold" : "sr-only"}>{caption}</caption>
      <thead className="hidden sm:table-header-group">
        <tr className="border-b-2 border-ink">
          {columns.map((column) => (
            <th key={column.header} scope="col" className="py-2 pr-4 last:pr-0">
              {column.headerHidden ? <span className="sr-only">{column.header}</span> : column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="block sm:table-row-group">
        {rows.map((row) => (
          <tr key={rowKey(row)} className="block border-b border-rule py-2 align-top sm:table-row sm:py-0">
            {columns.map((column) =>
              column.rowHeader ? (
                <th
                  key={column.header}
                  scope="row"
                  data-label={column.header}
                  className={`${stacked} font-normal ${column.className ?? ""}`}
                >
                  {column.cell(row)}
                </th>
              ) : (
                <td key={column.header} data-label={column.header} className={`${stacked} ${column.className ?? ""}`}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
