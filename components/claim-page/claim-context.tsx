/** Characters of the article shown before and after the claim. */
const AROUND = 280;

/** The claim where it stands in the article, its words marked, a little of the text around it. */
export function ClaimContext({ body, start, end, language }: { body: string; start: number; end: number; language: string }) {
  const from = Math.max(0, body.lastIndexOf('\n', Math.max(0, start - AROUND)) + 1, start - AROUND);
  const to = Math.min(body.length, end + AROUND);
  return (
    <p lang={language} className="whitespace-pre-wrap text-sm leading-relaxed text-slate-700">
      {from > 0 && '… '}
      {body.slice(from, start)}
      <mark className="rounded-sm bg-amber-100 px-0.5 text-slate-900">{body.slice(start, end)}</mark>
      {body.slice(end, to)}
      {to < body.length && ' …'}
    </p>
  );
}
