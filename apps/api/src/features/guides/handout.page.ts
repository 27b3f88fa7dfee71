import QRCode from 'qrcode';
import { DANISH_TIME_ZONE, serverPages } from '@digihjaelp/contract';
import { guideHandout } from '@digihjaelp/markdown';
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

// Easy-read print: large type, short lines, strong contrast, numbered steps that stand out. On paper the
// handout fits one A4 page (two at most): the QR code and the source sit in the header on page 1, and a
// heading never ends a page (docs/DOMAIN.md, "Udleveringer til borgeren"; e2e/handouts.e2e.test.ts checks).
const styles = `
  @page { size: A4; margin: 14mm 16mm; }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: Verdana, "DejaVu Sans", Arial, sans-serif; font-size: 20px; line-height: 1.5; color: #111; background: #fff; }
  main { max-width: 46rem; margin: 0 auto; padding: 1.5rem; }
  header { display: flex; gap: 1.2em; align-items: flex-start; border-bottom: 3px solid #111; padding-bottom: .5em; margin-bottom: .6em; }
  .heading { flex: 1; }
  .branch { margin: 0 0 .25rem; font-size: .85em; font-weight: bold; letter-spacing: .02em; }
  h1 { font-size: 1.7em; line-height: 1.2; margin: .1em 0 .3em; }
  h2 { font-size: 1.25em; margin: 1em 0 .3em; }
  h3 { font-size: 1.1em; margin: .8em 0 .3em; }
  h1, h2, h3, .guide-block__title { break-after: avoid; page-break-after: avoid; }
  .summary { font-size: 1.05em; margin: 0; }
  p { margin: .4em 0; }
  ol, ul { padding-left: 1.5em; margin: .3em 0; }
  li { margin: .25em 0; break-inside: avoid; }
  .guide-block { border: 3px solid #111; border-radius: 10px; padding: .4em .9em; margin: .7em 0; break-inside: avoid; }
  .guide-block__title { font-weight: bold; font-size: 1.05em; margin: 0 0 .2em; }
  .guide-block--steps ol { list-style: none; counter-reset: step; padding-left: 0; }
  .guide-block--steps li { counter-increment: step; position: relative; padding-left: 2.2em; min-height: 1.7em; }
  .guide-block--steps li::before { content: counter(step); position: absolute; left: 0; top: -.05em; width: 1.6em; height: 1.6em; border-radius: 50%; background: #111; color: #fff; font-weight: bold; text-align: center; line-height: 1.6em; }
  .guide-block--warning { border-color: #8a1c00; background: #fff4ef; }
  table { border-collapse: collapse; } td, th { border: 1px solid #777; padding: .2em .4em; }
  a { color: #0b3d91; }
  .source { flex: none; width: 9.5em; text-align: center; font-size: .7em; }
  .source h2 { font-size: 1.1em; margin: 0 0 .2em; }
  .source ul { list-style: none; padding: 0; margin: .2em 0 0; text-align: left; }
  .url { font-family: "DejaVu Sans Mono", monospace; word-break: break-all; }
  .qr { width: 8em; height: 8em; }
  figure { margin: 0; }
  footer { margin-top: 1em; font-size: .8em; border-top: 1px solid #777; padding-top: .4em; break-inside: avoid; }
  .draft { border: 3px dashed #8a1c00; color: #8a1c00; padding: .4em .8em; font-weight: bold; }
  .no-print { margin: 0 0 1em; }
  .no-print button { font: inherit; padding: .4em 1.2em; border: 2px solid #111; border-radius: 8px; background: #fff; cursor: pointer; }
  .no-print button:focus-visible { outline: 3px solid #0b3d91; outline-offset: 2px; }
  @media print { body { font-size: 15.5px; } .no-print { display: none; } main { padding: 0; max-width: none; } a { color: #111; text-decoration: none; } }
`;

/** The guide fields the handout page prints; a guide row or a content file both have them. */
export interface HandoutGuide {
  status: GuideEntity['status'];
  content: Pick<GuideEntity['content'], 'title' | 'summary' | 'body' | 'audience' | 'sources'>;
}

/**
 * A print-ready, easy-read page the citizen takes home: the citizen text only (a staff guide's
 * citizen section), the official source as text and QR code at the top. Handed out by the
 * organisation (configured), at the staff member's branch when they have one. Null when the guide
 * offers no handout.
 */
export async function renderHandoutPage(
  guide: HandoutGuide,
  options: { organisation: string; branch?: string; now?: Date },
): Promise<string | null> {
  const { content } = guide;
  const handout = guideHandout(content);
  if (!handout) return null;
  const giver = options.branch ? `${options.organisation}, ${options.branch}` : options.organisation;
  const [firstSource] = content.sources;
  const qr = firstSource ? await qrCode(firstSource.url, `QR-kode til ${firstSource.title}`) : '';
  const date = danishDate(options.now ?? new Date());
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(handout.title)} – til borgeren</title>
<style>${styles}</style>
<script src="${serverPages.handoutPrintScript}" defer></script>
</head>
<body>
<main>
<p class="no-print"><button type="button" id="print">Udskriv</button></p>
${guide.status === 'published' ? '' : '<p class="draft">Kladde – ikke godkendt endnu. Udlever ikke denne side.</p>'}
<header>
<div class="heading">
<p class="branch">${escapeHtml(giver)}</p>
<h1>${escapeHtml(handout.title)}</h1>
${handout.summary ? `<p class="summary">${escapeHtml(handout.summary)}</p>` : ''}
</div>
${
  firstSource
    ? `<section class="source" aria-labelledby="sources-title">
<figure>${qr}<figcaption>Scan koden med telefonens kamera</figcaption></figure>
<h2 id="sources-title">Læs mere</h2>
<ul>
<li>${escapeHtml(firstSource.title)}<br><span class="url">${escapeHtml(firstSource.url)}</span></li>
</ul>
</section>`
    : ''
}
</header>
${handout.html}
<footer>Udleveret af ${escapeHtml(giver)}, ${escapeHtml(date)}. Du er altid velkommen til at komme igen. Del aldrig dit MitID med nogen – heller ikke med os.</footer>
</main>
</body>
</html>
`;
}
