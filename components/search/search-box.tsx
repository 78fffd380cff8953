interface SearchBoxProps {
  labels: { field: string; placeholder: string; submit: string };
  /** What was searched for, on the results page. */
  defaultValue?: string;
}

/** The header's search: a plain GET form to /search, so it works before any script has loaded. */
export function SearchBox({ labels, defaultValue }: SearchBoxProps) {
  return (
    <form action="/search" method="get" role="search" className="flex items-center gap-1" data-testid="archive-search">
      <label htmlFor="archive-search-q" className="sr-only">
        {labels.field}
      </label>
      <input
        id="archive-search-q"
        name="q"
        type="search"
        required
        maxLength={300}
        defaultValue={defaultValue}
        placeholder={labels.placeholder}
        className="w-44 rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 sm:w-56"
      />
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-700 hover:bg-slate-100">
        {labels.submit}
      </button>
    </form>
  );
}
