import Link from 'next/link';

interface Column {
  label: string;
  numeric?: boolean;
  /** Makes the header a link, e.g. to sort by this column. */
  href?: string;
}

/** The frame every list table shares: scrolls sideways on small screens, header row of column names. */
export function DataTable({ columns, children }: { columns: ReadonlyArray<Column | false | '' | undefined>; children: React.ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            {columns.filter((column): column is Column => Boolean(column)).map((column) => (
              <th key={column.label} scope="col" className={`px-4 py-2 ${column.numeric ? 'text-right' : ''}`}>
                {column.href ? (
                  <Link href={column.href} className="underline decoration-dotted hover:decoration-solid">
                    {column.label}
                  </Link>
                ) : (
                  column.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 [&_td]:px-4 [&_td]:py-2">{children}</tbody>
      </table>
    </div>
  );
}
