import type { ReactNode } from 'react'
import { toCsv, downloadText } from '../lib/csv'

export interface Column<T> {
  header: string
  numeric?: boolean
  /** What the table shows. */
  render: (row: T) => ReactNode
  /** What the CSV holds (exact value, e.g. "1100.00"); defaults to the rendered text when it is a string. */
  csv?: (row: T) => string | number | null | undefined
}

export function DataTable<T>({ caption, columns, rows, csvName, rowKey, captionClass = 'govuk-table__caption--s' }: {
  caption: string
  columns: Column<T>[]
  rows: T[]
  csvName?: string
  rowKey: (row: T, index: number) => string
  captionClass?: string
}) {
  const download = () => {
    const body = rows.map((r) => columns.map((c) => {
      if (c.csv) return c.csv(r)
      const v = c.render(r)
      return typeof v === 'string' || typeof v === 'number' ? v : ''
    }))
    downloadText(`${csvName}.csv`, toCsv(columns.map((c) => c.header), body))
  }
  return (
    <div className="tp-table-wrap">
      <table className="govuk-table">
        <caption className={`govuk-table__caption ${captionClass}`}>{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {columns.map((c) => (
              <th key={c.header} scope="col" className={`govuk-table__header${c.numeric ? ' govuk-table__header--numeric' : ''}`}>{c.header}</th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((r, i) => (
            <tr key={rowKey(r, i)} className="govuk-table__row">
              {columns.map((c, j) => j === 0
                ? <th key={c.header} scope="row" className={`govuk-table__header${c.numeric ? ' govuk-table__cell--numeric' : ''}`}>{c.render(r)}</th>
                : <td key={c.header} className={`govuk-table__cell${c.numeric ? ' govuk-table__cell--numeric' : ''}`}>{c.render(r)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
      {csvName && rows.length > 0 && (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={download}>
          Download CSV<span className="govuk-visually-hidden"> of {caption.toLowerCase()}</span>
        </button>
      )}
    </div>
  )
}
