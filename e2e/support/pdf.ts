/** What a test reads back from a PDF Chromium printed (with `outline: true`, so headings are bookmarks). */

export interface PrintedPdf {
  pages: number;
  /** Each heading (from the PDF outline): its text, its page (1-based) and how far from the bottom it starts. */
  headings: { title: string; page: number; fromBottom: number }[];
}

function pdfString(raw: string): string {
  if (raw.startsWith('<')) {
    const bytes = Buffer.from(raw.slice(1, -1), 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
    return bytes.toString('latin1');
  }
  return raw.slice(1, -1).replace(/\\([()\\])/g, '$1');
}

/** Reads Chromium's PDF: the page tree (uncompressed) and the outline Chromium writes for headings. */
export function readPdf(pdf: Buffer): PrintedPdf {
  const text = pdf.toString('latin1');
  const kids = /\/Type\s*\/Pages[\s\S]*?\/Kids\s*\[([^\]]*)\]/.exec(text)?.[1] ?? '';
  const pageRefs = [...kids.matchAll(/(\d+)\s+0\s+R/g)].map((match) => match[1]);
  const headings = [
    ...text.matchAll(
      /\/Title\s*(<[0-9A-Fa-f]+>|\((?:\\.|[^\\)])*\))\s*\/Dest\s*\[(\d+)\s+0\s+R\s*\/XYZ\s+[\d.]+\s+([\d.]+)/g,
    ),
  ].map((match) => ({
    title: pdfString(match[1] ?? ''),
    page: pageRefs.indexOf(match[2] ?? '') + 1,
    fromBottom: Number(match[3]),
  }));
  return { pages: pageRefs.length, headings };
}
