/**
 * The public page's own HTML in a sandboxed frame: the preview is the page, byte for byte, and
 * its styles cannot leak into the desk's (nor the desk's into it).
 */
export function ReportPreviewFrame({ html, title }: { html: string; title: string }) {
  return <iframe srcDoc={html} sandbox="" title={title} className="h-[75vh] w-full rounded-lg border border-slate-300 bg-white" />;
}
