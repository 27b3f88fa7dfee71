import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  blockSnippet,
  findDisallowedContent,
  guideBlockNames,
  guideHandout,
  guidePlainText,
  headingAnchor,
  renderGuide,
} from './markdown';
import { lixLimitForHandouts, readability } from './readability';

/** Attribute names of every rendered tag (values are quoted and escaped, so `"[^"]*"` is exact). */
function attributeNames(html: string): string[] {
  return [...html.matchAll(/<\w+((?:\s+[\w-]+="[^"]*")*)\s*\/?>/g)].flatMap(([, attributes = '']) =>
    [...attributes.matchAll(/([\w-]+)="/g)].map(([, name = '']) => name),
  );
}

const staff = (source: string) => renderGuide(source, { audience: 'staff' });
const handout = (source: string) => renderGuide(source, { audience: 'handout' });

describe('renderGuide: untrusted markdown renders inert', () => {
  it('shows <script> and other raw HTML as text', () => {
    const html = staff('Hej <script>alert(1)</script>\n\n<div onclick="x()">klik</div>');
    expect(html).not.toMatch(/<script|<div onclick/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('never produces an element with an event handler', () => {
    const html = staff(
      '<img src=x onerror=alert(1)>\n\n![billede](x" onerror="alert(1))\n\n[a](https://x.dk "t\\" onmouseover=\\"alert(1)")',
    );
    expect(attributeNames(html).sort()).toEqual(['class', 'href', 'rel', 'title']);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it.each([
    ['javascript:', '[klik](javascript:alert(1))'],
    ['JavaScript: in mixed case with spaces', '[klik]( JavaScript:alert(1) )'],
    ['vbscript:', '[klik](vbscript:msgbox(1))'],
    ['data:', '[klik](data:text/html;base64,PHNjcmlwdD4=)'],
    ['data: image', '![x](data:image/png;base64,AAAA)'],
    ['an autolink', '<javascript:alert(1)>'],
  ])('refuses %s links, leaving plain text', (_label, source) => {
    const html = staff(source);
    expect(html).not.toMatch(/href=|src=/);
  });

  it('keeps web, e-mail, phone and relative links', () => {
    const html = staff(
      '[a](https://www.mitid.dk/) [b](mailto:hjaelp@example.dk) [c](tel:+4533986000) [d](/vejledninger/x) [e](#afsnit-trin)',
    );
    expect(html.match(/<a /g)).toHaveLength(5);
  });
});

describe('renderGuide: links and headings', () => {
  it('marks external links and keeps them from reaching back into our page', () => {
    expect(staff('[MitID](https://www.mitid.dk/hjaelp/)')).toContain(
      '<a href="https://www.mitid.dk/hjaelp/" rel="noopener noreferrer" class="external-link">MitID</a>',
    );
    expect(staff('[intern](/vejledninger/mitid-reglen)')).toBe(
      '<p><a href="/vejledninger/mitid-reglen">intern</a></p>\n',
    );
  });

  it('gives headings stable Danish-friendly anchors, unique within the guide', () => {
    const html = staff('## Sådan gør du\n\n## Sådan gør du\n\n### Før du går i gang');
    expect(html).toContain('<h2 id="afsnit-saadan-goer-du">');
    expect(html).toContain('<h2 id="afsnit-saadan-goer-du-2">');
    expect(html).toContain('<h3 id="afsnit-foer-du-gaar-i-gang">');
    expect(headingAnchor('!!!')).toBe('afsnit-uden-titel');
  });
});

const allBlocks = [
  '::: trin\n1. Åbn appen.\n2. Vælg "Glemt adgangskode".\n:::',
  '::: advarsel\nSpær MitID straks, hvis nogen kender din kode.\n:::',
  '::: sig-til-borgeren\nDu taster selv – jeg kigger væk.\n:::',
  '::: må-ikke\nTast aldrig borgerens adgangskode.\n:::',
].join('\n\n');

describe('renderGuide: building blocks', () => {
  it('wraps each block in a box with a class and a Danish heading', () => {
    const html = staff(allBlocks);
    expect(html).toMatch(
      /<div class="guide-block guide-block--steps">\n<p class="guide-block__title">Sådan gør du<\/p>\n<ol>/,
    );
    expect(html).toContain(
      '<div class="guide-block guide-block--warning" role="note">\n<p class="guide-block__title">Advarsel</p>',
    );
    expect(html).toContain(
      'guide-block--say-to-citizen" role="note">\n<p class="guide-block__title">Sig til borgeren</p>',
    );
    expect(html).toContain('guide-block--must-not" role="note">\n<p class="guide-block__title">Må ikke</p>');
  });

  it('uses text after the block name as its heading, escaped', () => {
    expect(staff('::: advarsel Haster <b>nu</b>\nTekst\n:::')).toContain(
      '<p class="guide-block__title">Haster &lt;b&gt;nu&lt;/b&gt;</p>',
    );
  });

  it('leaves staff-only boxes out of citizen handouts, keeping steps and warnings', () => {
    const html = handout(`Intro\n\n${allBlocks}\n\nSlut`);
    expect(html).toContain('Åbn appen.');
    expect(html).toContain('Spær MitID straks');
    expect(html).not.toMatch(/kigger væk|Tast aldrig|Sig til borgeren|Må ikke/);
    expect(html).toMatch(/<p>Intro<\/p>[\s\S]*<p>Slut<\/p>/);
  });

  it('offers a snippet per block for the editor', () => {
    expect(guideBlockNames).toEqual(['trin', 'advarsel', 'sig-til-borgeren', 'må-ikke', 'til-borgeren']);
    expect(staff(blockSnippet('må-ikke'))).toContain('guide-block--must-not');
  });
});

describe('guidePlainText', () => {
  it('keeps the words and drops the markup', () => {
    const text = guidePlainText('# Titel\n\nEt **fedt** ord og [et link](https://x.dk).\n\n::: trin\n1. Første\n:::');
    expect(text).toBe('Titel\nEt fedt ord og et link.\nFørste');
  });
});

describe('citizen handouts', () => {
  const staffGuide = [
    '## For personalet',
    '',
    'Borgeren skal selv taste.',
    '',
    '::: må-ikke',
    'Tast aldrig koden.',
    ':::',
    '',
    ':::: til-borgeren Sådan får du MitID',
    'Du gør det selv.',
    '',
    '::: trin',
    '1. Hent appen.',
    ':::',
    '',
    '::: sig-til-borgeren',
    'Personaletekst.',
    ':::',
    '::::',
  ].join('\n');
  const guide = (body: string, audience: 'staff' | 'citizen') => ({
    title: 'Titel',
    summary: 'Resumé.',
    body,
    audience,
  });

  it('a staff guide prints only its citizen section, framed by nothing, with the section’s own title', () => {
    const printed = guideHandout(guide(staffGuide, 'staff'))!;
    expect(printed.title).toBe('Sådan får du MitID');
    expect(printed.summary).toBeNull();
    expect(printed.html).toContain('Du gør det selv.');
    expect(printed.html).toMatch(/<li>Hent appen.<\/li>/);
    expect(printed.html).not.toMatch(
      /For personalet|Borgeren skal selv|Tast aldrig|Personaletekst|guide-block--handout/,
    );
    expect(printed.text.split('\n')).toEqual(['Sådan får du MitID', 'Du gør det selv.', 'Sådan gør du', 'Hent appen.']);
  });

  it('staff see the citizen section as a box, saying it is what the handout prints', () => {
    const html = staff(staffGuide);
    expect(html).toContain('<div class="guide-block guide-block--handout" role="note">');
    expect(html).toContain('Til borgeren – står på udleveringen: Sådan får du MitID');
    expect(html).toContain('For personalet');
  });

  it('a staff guide without a citizen section offers no handout; a citizen guide prints its body with its summary', () => {
    expect(guideHandout(guide('Kun til personalet.', 'staff'))).toBeNull();
    const citizen = guideHandout(guide('Du kan selv.\n\n::: må-ikke\nPersonale.\n:::', 'citizen'))!;
    expect(citizen).toMatchObject({ title: 'Titel', summary: 'Resumé.' });
    expect(citizen.html).not.toContain('Personale.');
  });

  it('the editor inserts the citizen section with four colons, so it can hold steps and warnings', () => {
    expect(blockSnippet('til-borgeren')).toMatch(/^:::: til-borgeren\n[\s\S]*::: trin[\s\S]*:::\n::::\n$/);
  });
});

describe('readability (LIX)', () => {
  it('counts words per sentence plus the share of words over 6 letters', () => {
    // 8 words, 2 sentences, 2 long words (telefonen, Borgerservice): 8/2 + 100 × 2/8 = 29.
    expect(readability('Tag telefonen med. Gå i Borgerservice i dag.')).toEqual({
      words: 8,
      sentences: 2,
      longWords: 2,
      lix: 29,
    });
  });

  it('ends a sentence at every line (a heading or list item), and does not count phone numbers as words', () => {
    expect(readability('Ring til os\nRing 33 98 00 10.')).toMatchObject({ words: 4, sentences: 2, longWords: 0 });
  });

  it('counts a hyphenated word once', () => {
    expect(readability('Hent MitID-appen.')).toMatchObject({ words: 2, longWords: 1 });
  });

  it('scores long, heavy official sentences above the handout limit', () => {
    const heavy =
      'Kommunen træffer afgørelse om fritagelse på baggrund af lovbestemte kriterier, herunder kognitive funktionsnedsættelser og manglende adgang til informationsteknologisk udstyr i hjemmet.';
    expect(readability(heavy).lix).toBeGreaterThan(lixLimitForHandouts);
  });
});

describe('renderGuide: links to other sites written without a scheme', () => {
  it.each([
    [
      'a protocol-relative link',
      '[MitID](//evil.example/vejledninger/mitid)',
      'https://evil.example/vejledninger/mitid',
    ],
    ['slashes escaped in markdown', '[MitID](\\/\\/evil.example)', 'https://evil.example'],
    ['a protocol-relative address in plain text', 'Se //evil.example/x nu', 'https://evil.example/x'],
  ])('renders %s as the external link it is, with https', (_label, source, href) => {
    expect(staff(source)).toContain(`<a href="${href}" rel="noopener noreferrer" class="external-link">`);
  });

  it('keeps a backslash after the first slash on this site (browsers would read "/\\" as "//")', () => {
    const html = staff('[a](/\\evil.example)');
    expect(html).toContain('href="/%5Cevil.example"');
    expect(html).not.toMatch(/href="(\/\/|\/\\)/);
  });
});

describe('renderGuide: images', () => {
  it.each([
    ['a site path', '![Kortet](/billeder/kort.png)', '<img src="/billeder/kort.png" alt="Kortet">'],
    ['a relative path', '![Kortet](billeder/kort.png)', '<img src="billeder/kort.png" alt="Kortet">'],
  ])('shows an image from this site (%s)', (_label, source, image) => {
    expect(staff(source)).toContain(image);
    expect(handout(source)).toContain(image);
  });

  it.each([
    ['https', '![Kortet *forfra*](https://cdn.example/kort.png "Foto")', 'https://cdn.example/kort.png'],
    ['http', '![Kortet *forfra*](http://cdn.example/kort.png "Foto")', 'http://cdn.example/kort.png'],
    ['protocol-relative', '![Kortet *forfra*](//cdn.example/kort.png "Foto")', 'https://cdn.example/kort.png'],
  ])('never loads an image from elsewhere (%s): it becomes a plain external link', (_label, source, href) => {
    for (const html of [staff(source), handout(source)]) {
      expect(html).not.toContain('<img');
      expect(html).toContain(
        `<a href="${href}" title="Foto" rel="noopener noreferrer" class="external-link">Kortet <em>forfra</em></a>`,
      );
    }
  });

  it('names the address when an image from elsewhere has no description, so the link is never empty', () => {
    expect(staff('![](https://cdn.example/kort.png)')).toContain(
      'class="external-link">https://cdn.example/kort.png</a>',
    );
  });

  it('shows an image with a refused scheme as text', () => {
    expect(staff('![x](javascript:alert(1))')).toBe('<p>![x](javascript:alert(1))</p>\n');
  });
});

describe('findDisallowedContent', () => {
  it('reports each image from elsewhere and each refused link, with its line', () => {
    const source = [
      '# Titel',
      '',
      'Se kortet: ![Kortet](https://cdn.example/kort.png)',
      '',
      '::: trin',
      '1. Første',
      '2. Anden ![Logo](//cdn.example/logo.svg)',
      ':::',
      '',
      'Linje et',
      'linje to med [klik](javascript:alert(1)) og <vbscript:msgbox(1)>',
      '![x](data:image/png;base64,AAAA)',
    ].join('\n');
    expect(findDisallowedContent(source).map(({ kind, line }) => [kind, line])).toEqual([
      ['image-from-elsewhere', 3],
      ['image-from-elsewhere', 7],
      ['refused-link', 11],
      ['refused-link', 11],
      ['image-from-elsewhere', 12],
    ]);
  });

  it('explains in Danish where and why, without repeating the address', () => {
    const findings = findDisallowedContent('![x](https://cdn.example/a.png)\n\n[y](javascript:x)');
    expect(findings).toHaveLength(2);
    const [image, link] = findings as [(typeof findings)[0], (typeof findings)[0]];
    expect(image.message).toMatch(/^Linje 1: Billeder skal ligge på Digihjælp selv/);
    expect(link.message).toMatch(/^Linje 3: Linket bruger en adresse, vi ikke viser som link/);
    expect(`${image.message} ${link.message}`).not.toMatch(/cdn\.example|javascript/);
  });

  it('accepts what renders as written: local images, web, e-mail, phone and protocol-relative links', () => {
    const source =
      '![a](/billeder/a.png) [b](https://mitid.dk) [c](//borger.dk) [d](mailto:a@b.dk) [e](tel:+4533980010) [f](#afsnit-trin)';
    expect(findDisallowedContent(source)).toEqual([]);
  });

  it('leaves alone an address that is only text ("ftp://…" is not linked, and not written as a link)', () => {
    expect(findDisallowedContent('Filen ligger på ftp://example.dk/fil.pdf')).toEqual([]);
  });

  const guidesFolder = join(__dirname, '../../../content/guides');
  it.each(readdirSync(guidesFolder).filter((name) => name.endsWith('.md')))(
    'finds nothing in content/guides/%s',
    (name) => {
      expect(findDisallowedContent(readFileSync(join(guidesFolder, name), 'utf8'))).toEqual([]);
    },
  );
});
