import MarkdownIt, { type MarkdownIt as MarkdownParser, type Token } from 'markdown-it';
import container from 'markdown-it-container';

/** `staff`: the guide as staff read it. `handout`: what the citizen takes home (no staff-only boxes). */
export type RenderAudience = 'staff' | 'handout';

export interface GuideBlock {
  /** Danish heading shown above the box. */
  title: string;
  /** CSS modifier (ASCII), so styles need not match the Danish container name. */
  modifier: string;
  /** Left out of citizen handouts: it speaks to staff, not to the citizen. */
  staffOnly: boolean;
  /** What the editor's building-block button inserts. */
  template: string;
  /** Colons around the block: 4 for a block that holds other blocks. */
  fence?: string;
}

/**
 * The citizen section of a staff guide: the only part its handout prints. Text after the name is
 * the handout's title (`:::: til-borgeren Sådan får du MitID`). It may hold steps and warnings, so
 * it is fenced with four colons.
 */
export const handoutSectionName = 'til-borgeren';

/** The building blocks of a good guide (`::: name` … `:::`), in the order the editor offers them. */
export const guideBlocks: Record<string, GuideBlock> = {
  trin: { title: 'Sådan gør du', modifier: 'steps', staffOnly: false, template: '1. \n2. \n3. ' },
  advarsel: { title: 'Advarsel', modifier: 'warning', staffOnly: false, template: 'Skriv advarslen her.' },
  'sig-til-borgeren': {
    title: 'Sig til borgeren',
    modifier: 'say-to-citizen',
    staffOnly: true,
    template: 'Skriv det, du siger til borgeren, med enkle ord.',
  },
  'må-ikke': {
    title: 'Må ikke',
    modifier: 'must-not',
    staffOnly: true,
    template: 'Skriv det, medarbejderen aldrig må gøre.',
  },
  [handoutSectionName]: {
    title: 'Til borgeren – står på udleveringen',
    modifier: 'handout',
    staffOnly: false,
    template: 'Skriv til borgeren med «du» og korte sætninger.\n\n::: trin\n1. \n2. \n:::',
    fence: '::::',
  },
};

export const guideBlockNames = Object.keys(guideBlocks);

/** The text an editor inserts for a building block. */
export function blockSnippet(name: string): string {
  const block = guideBlocks[name];
  if (!block) throw new Error(`Unknown guide block: ${name}`);
  const fence = block.fence ?? ':::';
  return `${fence} ${name}\n${block.template}\n${fence}\n`;
}

const allowedSchemes = /^(https?|mailto|tel):/i;
const anyScheme = /^[a-z][a-z0-9+.-]*:/i;
const webScheme = /^https?:/i;
// "//host/path" (or with backslashes, which browsers read as slashes) leaves the site although it
// has no scheme: it takes the page's own.
const protocolRelative = /^[\\/]{2}/;

/**
 * Only web, e-mail and phone links, plus relative ones. Everything else with a scheme
 * (javascript:, vbscript:, data:, file:, …) is refused, so the text stays as plain text.
 */
function isSafeLink(url: string): boolean {
  const trimmed = url.trim();
  return !anyScheme.test(trimmed) || allowedSchemes.test(trimmed);
}

/** An address on this site: no scheme and no host ("/vejledninger/x", "billeder/kort.png", "#afsnit-trin"). */
function isSameSite(url: string): boolean {
  const trimmed = url.trim();
  return !anyScheme.test(trimmed) && !protocolRelative.test(trimmed);
}

/** A link to another site: a web address, or a protocol-relative one ("//example.dk"). */
function isExternalWebLink(url: string): boolean {
  const trimmed = url.trim();
  return webScheme.test(trimmed) || protocolRelative.test(trimmed);
}

/** markdown-it types attribute values loosely; ours are always text. */
const attribute = (token: Token, name: string) => String(token.attrGet(name) ?? '');

const danishLetters: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa' };

/** URL-friendly anchor: "Sådan gør du" → "afsnit-saadan-goer-du". The prefix keeps ids from clobbering globals. */
export function headingAnchor(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => danishLetters[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `afsnit-${slug || 'uden-titel'}`;
}

function addHeadingIds(tokens: Token[]): void {
  const used = new Map<string, number>();
  tokens.forEach((token, index) => {
    if (token.type !== 'heading_open') return;
    const base = headingAnchor(tokens[index + 1]?.content ?? '');
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    token.attrSet('id', seen === 0 ? base : `${base}-${seen + 1}`);
  });
}

/** Drops every staff-only box (with everything inside it) from the token stream. */
function withoutStaffOnlyBlocks(tokens: Token[]): Token[] {
  const staffOnlyOpeners = new Set(
    Object.entries(guideBlocks)
      .filter(([, block]) => block.staffOnly)
      .map(([name]) => `container_${name}_open`),
  );
  const kept: Token[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!token) break;
    if (!staffOnlyOpeners.has(token.type)) {
      kept.push(token);
      continue;
    }
    const closer = token.type.replace(/_open$/, '_close');
    const closes = (candidate: Token | undefined) => candidate?.type === closer && candidate.level === token.level;
    while (index < tokens.length && !closes(tokens[index])) index += 1;
  }
  return kept;
}

const sectionOpen = `container_${handoutSectionName}_open`;
const sectionClose = `container_${handoutSectionName}_close`;

/** A staff guide's handout is its citizen section(s), without the section's own frame. */
function onlyHandoutSections(tokens: Token[]): Token[] {
  if (!tokens.some((token) => token.type === sectionOpen)) return tokens;
  const kept: Token[] = [];
  let depth = 0;
  for (const token of tokens) {
    if (token.type === sectionOpen) depth += 1;
    else if (token.type === sectionClose) depth -= 1;
    else if (depth > 0) kept.push(token);
  }
  return kept;
}

/**
 * Only images from this site are shown: an image from elsewhere could change after the guide was
 * reviewed, and loading it tells the other site who reads the guide and when. Such an image
 * becomes a plain link to it, its description as the link text, so nothing the editor wrote is
 * lost and the reader chooses whether to open it.
 */
function imagesFromElsewhereAsLinks(tokens: Token[], TokenClass: typeof Token): void {
  for (const block of tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    block.children = block.children.flatMap((token) => {
      const source = attribute(token, 'src');
      if (token.type !== 'image' || isSameSite(source)) return [token];
      const open = new TokenClass('link_open', 'a', 1);
      open.attrSet('href', source);
      const title = attribute(token, 'title');
      if (title) open.attrSet('title', title);
      const description = token.children?.length
        ? token.children
        : [Object.assign(new TokenClass('text', '', 0), { content: source })];
      return [open, ...description, new TokenClass('link_close', 'a', -1)];
    });
  }
}

/**
 * `inspect`: a parser that accepts every address, so findDisallowedContent can see what the
 * renderer would refuse or change. Never used to render.
 */
function createMarkdown({ inspect }: { inspect: boolean }): MarkdownParser {
  // Raw HTML off: `<script>`, `<img onerror=…>` and friends are shown as text, never run.
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.validateLink = inspect ? () => true : isSafeLink;

  const renderLinkOpen =
    md.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
  md.renderer.rules.link_open = (tokens, index, options, env, self) => {
    const token = tokens[index];
    if (!token) return renderLinkOpen(tokens, index, options, env, self);
    const href = attribute(token, 'href');
    if (isExternalWebLink(href)) {
      // A protocol-relative link goes to another site: written out with https, marked and kept
      // from reaching back into our page like every other external link.
      if (protocolRelative.test(href)) token.attrSet('href', `https:${href}`);
      token.attrSet('rel', 'noopener noreferrer');
      token.attrJoin('class', 'external-link');
    }
    return renderLinkOpen(tokens, index, options, env, self);
  };

  for (const [name, block] of Object.entries(guideBlocks)) {
    md.use(container, name, {
      validate: (params: string) => params.trim().split(/\s+/, 1)[0] === name,
      render: (tokens: Token[], index: number) => {
        const token = tokens[index];
        if (token?.nesting !== 1) return '</div>\n';
        // Text after the name (`::: advarsel Haster`) replaces the default heading; a citizen section keeps both.
        const customTitle = token.info.trim().slice(name.length).trim();
        const heading = name === handoutSectionName && customTitle ? `${block.title}: ${customTitle}` : customTitle;
        const title = md.utils.escapeHtml(heading || block.title);
        const role = block.modifier === 'steps' ? '' : ' role="note"';
        return `<div class="guide-block guide-block--${block.modifier}"${role}>\n<p class="guide-block__title">${title}</p>\n`;
      },
    });
  }

  md.core.ruler.push('heading_ids', (state) => {
    addHeadingIds(state.tokens);
  });
  if (!inspect)
    md.core.ruler.push('images_from_elsewhere', (state) => imagesFromElsewhereAsLinks(state.tokens, state.Token));
  md.core.ruler.push('audience', (state) => {
    if ((state.env as Partial<RenderEnvironment>).audience === 'handout')
      state.tokens = withoutStaffOnlyBlocks(onlyHandoutSections(state.tokens));
  });
  return md;
}

type RenderEnvironment = {
  audience: RenderAudience;
};

/** The one configuration, shared by the server (pages, handouts) and the editor's live preview. */
const markdown = createMarkdown({ inspect: false });
const inspector = createMarkdown({ inspect: true });

/** Markdown → safe HTML. For `handout`, staff-only boxes ("sig til borgeren", "må ikke") are left out. */
export function renderGuide(source: string, options: { audience: RenderAudience }): string {
  const environment: RenderEnvironment = { audience: options.audience };
  return markdown.render(source, environment);
}

/** The readable text of a guide, without markup: what search indexes and snippets quote. */
export function guidePlainText(source: string, options: { audience: RenderAudience } = { audience: 'staff' }): string {
  const lines: string[] = [];
  for (const token of markdown.parse(source, { audience: options.audience } satisfies RenderEnvironment)) {
    // The printed box titles ("Sådan gør du", "Advarsel") are text the reader reads too.
    const block = /^container_(.+)_open$/.exec(token.type)?.[1];
    if (block && guideBlocks[block] && options.audience === 'handout') {
      const customTitle = token.info.trim().slice(block.length).trim();
      lines.push(customTitle || guideBlocks[block].title);
    }
    if (token.type === 'inline') {
      const text = (token.children ?? [])
        .map((child: Token) => (child.type === 'softbreak' || child.type === 'hardbreak' ? ' ' : child.content))
        .join('');
      if (text.trim()) lines.push(text.trim());
    } else if (token.type === 'fence' || token.type === 'code_block') {
      lines.push(token.content.trim());
    }
  }
  return lines.join('\n');
}

/** The guide fields a handout is made from. */
export interface HandoutSource {
  title: string;
  summary: string;
  body: string;
  audience: 'staff' | 'citizen';
}

export interface Handout {
  /** The citizen section's own title, else the guide's. */
  title: string;
  /** A citizen guide's summary; a staff guide's summary speaks to staff and is left out. */
  summary: string | null;
  html: string;
  /** Everything the citizen reads, one line per heading, paragraph or list item: what readability is measured on. */
  text: string;
}

function handoutSectionTitle(body: string): string | null {
  const open = markdown
    .parse(body, { audience: 'staff' } satisfies RenderEnvironment)
    .find((token) => token.type === sectionOpen);
  if (!open) return null;
  return open.info.trim().slice(handoutSectionName.length).trim() || '';
}

/**
 * What the citizen takes home, or null when the guide offers no handout: a citizen guide prints
 * its body, a staff guide only its citizen section (`:::: til-borgeren`); staff-only boxes never print.
 */
export function guideHandout(guide: HandoutSource): Handout | null {
  const sectionTitle = handoutSectionTitle(guide.body);
  if (sectionTitle === null && guide.audience !== 'citizen') return null;
  const title = sectionTitle || guide.title;
  const summary = sectionTitle === null ? guide.summary : null;
  const body = guidePlainText(guide.body, { audience: 'handout' });
  return {
    title,
    summary,
    html: renderGuide(guide.body, { audience: 'handout' }),
    text: [title, ...(summary ? [summary] : []), body].join('\n'),
  };
}

export type DisallowedContentKind = 'image-from-elsewhere' | 'refused-link';

export interface DisallowedContent {
  kind: DisallowedContentKind;
  /** 1-based line in the markdown where it is written. */
  line: number;
  /** Plain Danish: where, what and why, for the editor (the address itself is not repeated). */
  message: string;
}

const disallowedMessages: Record<DisallowedContentKind, (line: number) => string> = {
  'image-from-elsewhere': (line) =>
    `Linje ${line}: Billeder skal ligge på Digihjælp selv (en adresse som /billeder/navn.png, uden https:// eller //). ` +
    'Et billede fra en anden side kan ændre sig, efter vejledningen er gennemgået, og den anden side kan se, hvem der læser den.',
  'refused-link': (line) =>
    `Linje ${line}: Linket bruger en adresse, vi ikke viser som link. Brug https://, mailto:, tel: eller en adresse på Digihjælp.`,
};

/**
 * What a guide's markdown holds that the renderer would not show as written: images from other
 * sites (rendered as links) and links with a refused scheme (javascript:, data:, … rendered as
 * text). Pure, so the API can refuse such a body with a 400 field error on `body` and the editor
 * can warn while the user types.
 */
export function findDisallowedContent(source: string): DisallowedContent[] {
  const found: DisallowedContent[] = [];
  const report = (kind: DisallowedContentKind, line: number) =>
    found.push({ kind, line, message: disallowedMessages[kind](line) });
  for (const block of inspector.parse(source, { audience: 'staff' } satisfies RenderEnvironment)) {
    if (block.type !== 'inline' || !block.children || !block.map) continue;
    let line = block.map[0] + 1;
    for (const token of block.children) {
      if (token.type === 'softbreak' || token.type === 'hardbreak') line += 1;
      else if (token.type === 'image' && !isSameSite(attribute(token, 'src'))) report('image-from-elsewhere', line);
      // Addresses found in plain text (markup "linkify") are only linked when safe; the rest stays text, as written.
      else if (token.type === 'link_open' && token.markup !== 'linkify' && !isSafeLink(attribute(token, 'href')))
        report('refused-link', line);
    }
  }
  return found;
}
