import QRCode from 'qrcode';
import { DANISH_TIME_ZONE } from '@digihjaelp/contract';
import { renderGuide } from '@digihjaelp/markdown';
import type { GuideEntity } from './guide.entity';

/** The script (served from our own origin, as the CSP demands) that wires the print button. */
export const HANDOUT_PRINT_SCRIPT = `document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('print');
  if (button) button.addEventListener('click', function () { window.print(); });
  if (new URLSearchParams(window.location.search).has('print')) window.print();
});
`;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const danishLongDate = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: DANISH_TIME_ZONE,
});

/** The day in Denmark, e.g. "26. november 2026", whatever the server's time zone. */
export function danishDate(date: Date): string {
  return danishLongDate.format(date);
}

async function qrCode(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeHtml(label)}" class="qr" `);
}

// Easy-read print: large type, short lines, strong contrast, numbered steps that stand out.
const styles = `
  @page { size: A4; margin: 16mm 18mm; }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: Verdana, "DejaVu Sans", Arial, sans-serif; font-size: 20px; line-height: 1.55; color: #111; background: #fff; }
  main { max-width: 46rem; margin: 0 auto; padding: 1.5rem; }
  .branch { margin: 0 0 .25rem; font-size: .85em; font-weight: bold; letter-spacing: .02em; }
  h1 { font-size: 1.8em; line-height: 1.2; margin: .2em 0 .4em; }
  h2 { font-size: 1.3em; margin: 1.4em 0 .4em; }
  h3 { font-size: 1.1em; }
  .summary { font-size: 1.1em; margin: 0 0 1em; }
  ol, ul { padding-left: 1.6em; }
  li { margin: .45em 0; }
  .guide-block { border: 3px solid #111; border-radius: 10px; padding: .6em 1em; margin: 1.2em 0; break-inside: avoid; }
  .guide-block__title { font-weight: bold; font-size: 1.1em; margin: 0 0 .3em; }
  .guide-block--steps ol { list-style: none; counter-reset: step; padding-left: 0; }
  .guide-block--steps li { counter-increment: step; position: relative; padding-left: 2.4em; min-height: 1.9em; }
  .guide-block--steps li::before { content: counter(step); position: absolute; left: 0; top: -.05em; width: 1.7em; height: 1.7em; border-radius: 50%; background: #111; color: #fff; font-weight: bold; text-align: center; line-height: 1.7em; }
  .guide-block--warning { border-color: #8a1c00; background: #fff4ef; }
  a { color: #0b3d91; }
  .sources { border-top: 3px solid #111; margin-top: 2em; padding-top: .6em; display: flex; gap: 1.5em; align-items: flex-start; break-inside: avoid; }
  .sources ul { list-style: none; padding: 0; }
  .url { font-family: "DejaVu Sans Mono", monospace; font-size: .8em; word-break: break-all; }
  .qr { width: 8.5em; height: 8.5em; flex: none; }
  figure { margin: 0; text-align: center; font-size: .75em; max-width: 10em; }
  footer { margin-top: 2em; font-size: .85em; border-top: 1px solid #777; padding-top: .5em; }
  .draft { border: 3px dashed #8a1c00; color: #8a1c00; padding: .4em .8em; font-weight: bold; }
  .no-print { margin: 0 0 1em; }
  .no-print button { font: inherit; padding: .4em 1.2em; border: 2px solid #111; border-radius: 8px; background: #fff; cursor: pointer; }
  .no-print button:focus-visible { outline: 3px solid #0b3d91; outline-offset: 2px; }
  @media print { .no-print { display: none; } main { padding: 0; } a { color: #111; text-decoration: none; } }
`;

/**
 * A print-ready, easy-read page the citizen takes home: no staff-only boxes, the official source
 * as text and QR code. Handed out by the organisation (configured), at the staff member's branch
 * when they have one.
 */
export async function renderHandoutPage(
  guide: GuideEntity,
  options: { organisation: string; branch?: string; now?: Date },
): Promise<string> {
  const { content } = guide;
  const giver = options.branch ? `${options.organisation}, ${options.branch}` : options.organisation;
  const [firstSource] = content.sources;
  const qr = firstSource ? await qrCode(firstSource.url, `QR-kode til ${firstSource.title}`) : '';
  const sources = content.sources
    .map((source) => `<li>${escapeHtml(source.title)}<br><span class="url">${escapeHtml(source.url)}</span></li>`)
    .join('\n');
  const date = danishDate(options.now ?? new Date());
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.title)} – til borgeren</title>
<style>${styles}</style>
<script src="/guides/handout-print.js" defer></script>
</head>
<body>
<main>
<p class="no-print"><button type="button" id="print">Udskriv</button></p>
${guide.status === 'published' ? '' : '<p class="draft">Kladde – ikke godkendt endnu. Udlever ikke denne side.</p>'}
<header>
<p class="branch">${escapeHtml(giver)}</p>
<h1>${escapeHtml(content.title)}</h1>
<p class="summary">${escapeHtml(content.summary)}</p>
</header>
${renderGuide(content.body, { audience: 'handout' })}
${
  firstSource
    ? `<section class="sources" aria-labelledby="sources-title">
<div>
<h2 id="sources-title">Læs mere</h2>
<ul>
${sources}
</ul>
</div>
<figure>${qr}<figcaption>Scan koden med telefonens kamera</figcaption></figure>
</section>`
    : ''
}
<footer>Udleveret af ${escapeHtml(giver)}, ${escapeHtml(date)}. Du er altid velkommen til at komme igen. Del aldrig dit MitID med nogen – heller ikke med os.</footer>
</main>
</body>
</html>
`;
}
