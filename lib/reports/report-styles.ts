// The public pages carry their own small stylesheet: one request, readable on a phone, and
// printable (or saved as PDF) without the newsroom's desk styles.
export const REPORT_STYLES = `
:root{color-scheme:light;--ink:#0f172a;--muted:#475569;--line:#e2e8f0;--paper:#fff;--wash:#f8fafc;--brand:#1d4ed8;
--true-bg:#dcfce7;--true-ink:#14532d;--mixed-bg:#fef3c7;--mixed-ink:#78350f;--false-bg:#fee2e2;--false-ink:#7f1d1d;--neutral-bg:#e2e8f0;--neutral-ink:#1e293b}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--wash);color:var(--ink);font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;overflow-wrap:anywhere}
a{color:var(--brand)}
a:focus-visible{outline:3px solid var(--brand);outline-offset:2px}
.skip{position:absolute;left:-999px}
.skip:focus{left:1rem;top:1rem;background:var(--paper);padding:.5rem 1rem;z-index:1}
.wrap{max-width:46rem;margin:0 auto;padding:0 1rem}
.masthead{background:var(--paper);border-bottom:1px solid var(--line)}
.masthead .wrap{display:flex;flex-wrap:wrap;gap:.25rem 1rem;justify-content:space-between;align-items:baseline;padding-block:.75rem}
.org{font-weight:700;color:var(--ink);text-decoration:none}
.kicker{font-size:.8125rem;font-weight:600;letter-spacing:.06em;text-transform:uppercase;color:var(--muted)}
main{padding-block:1.5rem 3rem}
h1{font-size:clamp(1.6rem,5vw,2.25rem);line-height:1.2;margin:.25rem 0 .5rem}
h2{font-size:1.3rem;line-height:1.3;margin:0 0 .75rem}
h3{font-size:1rem;margin:1.25rem 0 .5rem}
.byline,.meta{color:var(--muted);font-size:.9375rem;margin:0 0 1rem}
.notice{border:1px solid #f59e0b;background:#fffbeb;border-radius:.5rem;padding:.75rem 1rem;margin:1rem 0}
.checked{background:var(--paper);border:1px solid var(--line);border-radius:.5rem;padding:.75rem 1rem;margin:1rem 0}
.label{font-weight:600}
.summary p,.explanation p{margin:0 0 .75rem;white-space:pre-line}
.box{background:var(--paper);border:1px solid var(--line);border-radius:.5rem;padding:1rem;margin:1.5rem 0}
.box ol,.box ul{margin:0;padding-left:1.25rem}
.box li{margin:.25rem 0}
.corrections{border-left:4px solid #f59e0b}
.toc li{margin:.4rem 0}
.claim{background:var(--paper);border:1px solid var(--line);border-radius:.5rem;padding:1rem 1rem .5rem;margin:1.5rem 0;scroll-margin-top:1rem}
.claim:target{border-color:var(--brand);box-shadow:0 0 0 3px #bfdbfe}
.claim h2 a{color:var(--ink);text-decoration:none}
.claim h2 a:hover{text-decoration:underline}
blockquote{margin:0 0 1rem;padding:.5rem 0 .5rem 1rem;border-left:4px solid var(--line);font-size:1.125rem}
blockquote p{margin:0;white-space:pre-line}
blockquote footer{margin-top:.5rem;font-size:.9375rem;color:var(--muted)}
.verdict{margin:0 0 1rem;display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.badge{display:inline-block;border-radius:999px;padding:.15rem .75rem;font-weight:700;font-size:.9375rem}
.badge::before{content:"";display:inline-block;width:.6em;height:.6em;border-radius:50%;background:currentColor;margin-right:.4em;vertical-align:.05em}
.tone-true{background:var(--true-bg);color:var(--true-ink)}
.tone-mixed{background:var(--mixed-bg);color:var(--mixed-ink)}
.tone-false{background:var(--false-bg);color:var(--false-ink)}
.tone-neutral{background:var(--neutral-bg);color:var(--neutral-ink)}
.toc .badge{font-size:.8125rem;padding:0 .5rem;margin-left:.25rem}
.sources li{margin:.4rem 0}
.source-meta{color:var(--muted);font-size:.9375rem}
.permalink{font-size:.875rem}
.foot{margin-top:2rem}
.downloads ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.25rem}
.hint{color:var(--muted);font-size:.875rem;margin:.75rem 0 0}
.print-only{display:none}
@media print{
body{background:#fff;font-size:11pt}
.skip,.downloads,.permalink,.toc{display:none}
.masthead{border:0}
.wrap{max-width:none;padding:0}
main{padding:0}
.claim,.box,.checked{border:0;border-radius:0;padding:0;box-shadow:none}
.claim{border-top:1px solid #999;padding-top:.5rem;break-inside:auto}
blockquote,.verdict,h2,h3{break-inside:avoid;break-after:avoid}
.badge{border:1px solid currentColor;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.sources a[href^="http"]::after,.checked a[href^="http"]::after{content:" <" attr(href) ">";font-size:9pt;color:#333;word-break:break-all}
a{color:inherit}
.print-only{display:block;font-size:9pt;margin-top:1rem}
}
`
  .replace(/\n/g, '')
  .trim();
