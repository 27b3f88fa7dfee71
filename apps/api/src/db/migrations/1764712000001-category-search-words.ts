import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What citizens say for each seeded category (a frozen copy of the list at the time of writing). */
const searchWords: Record<string, string[]> = {
  'mitid-setup': [
    'oprette mitid',
    'ny mitid',
    'få mitid',
    'aktivere',
    'aktivering',
    'mitid-appen',
    'nemid',
    'nem-id',
    'skifte fra nemid',
    'kom i gang',
    'første gang',
  ],
  'mitid-login': [
    'glemt kode',
    'glemt adgangskode',
    'adgangskode',
    'kodeord',
    'bruger-id',
    'glemt bruger-id',
    'kan ikke logge ind',
    'logge på',
    'login',
    'ny telefon',
    'skiftet telefon',
    'mistet telefon',
    'spærret',
    'spærre',
    'låst ude',
  ],
  'mitid-alternatives': [
    'kodeviser',
    'kodeoplæser',
    'chip',
    'mitid-chip',
    'uden smartphone',
    'ingen smartphone',
    'blind',
    'svagtseende',
    'kan ikke se skærmen',
  ],
  'digital-post': [
    'brev',
    'breve',
    'post',
    'e-boks',
    'mit.dk',
    'digital post',
    'læse post',
    'postkasse',
    'frist',
    'brev fra kommunen',
  ],
  exemptions: [
    'papir',
    'papirpost',
    'papirbreve',
    'breve på papir',
    'fritagelse',
    'fritaget',
    'slippe for digital post',
    'ingen computer',
  ],
  'power-of-attorney': [
    'fuldmagt',
    'digital fuldmagt',
    'på vegne af',
    'for min mor',
    'for min far',
    'pårørende',
    'læseadgang',
    'værge',
    'værgemål',
    'ægtefælle',
  ],
  'borgerdk-selfservice': [
    'flytte',
    'flytning',
    'ny adresse',
    'boligstøtte',
    'folkepension',
    'ydelse',
    'sundhedskort',
    'gult kort',
    'borger.dk',
    'ansøgning',
    'børnepenge',
  ],
  tax: ['skat', 'årsopgørelse', 'forskudsopgørelse', 'skattekort', 'fradrag', 'restskat', 'tastselv', 'skat.dk'],
  health: [
    'sundhed.dk',
    'læge',
    'min læge',
    'recept',
    'medicin',
    'vaccination',
    'journal',
    'prøvesvar',
    'sygehus',
    'hospital',
  ],
  banking: [
    'netbank',
    'bank',
    'nemkonto',
    'mobilepay',
    'betaling',
    'betale regninger',
    'overførsel',
    'betalingskort',
    'konto',
  ],
  'booking-passport': ['pas', 'nyt pas', 'kørekort', 'bestille tid', 'tidsbestilling', 'booke tid', 'id-kort'],
  fraud: [
    'sms',
    'svindel',
    'phishing',
    'falsk sms',
    'falsk mail',
    'snyd',
    'svindler',
    'hacket',
    'godkendt i appen',
    'godkendte',
    'mistænkelig',
    'link',
    'ringede fra banken',
  ],
  'social-media': [
    'facebook',
    'instagram',
    'snapchat',
    'tiktok',
    'messenger',
    'sociale medier',
    'profil',
    'privatliv',
    'hacket',
  ],
  'source-criticism': [
    'falske nyheder',
    'fake news',
    'kildekritik',
    'misinformation',
    'stole på',
    'rygter',
    'deepfake',
  ],
  'device-basics': [
    'telefon',
    'smartphone',
    'iphone',
    'android',
    'app',
    'opdatering',
    'e-mail',
    'mail',
    'wifi',
    'internet',
    'printe',
    'scanne',
    'computer',
    'tablet',
    'ipad',
  ],
  'other-services': ['aula', 'rejsekort', 'bolig', 'venteliste', 'skole', 'daginstitution', 'billet', 'tog'],
  other: ['andet', 'ved ikke'],
};

/**
 * Search words per category, edited by admins: the counter's category picker matches what the
 * citizen says ("glemt kode", "papir", "e-boks") against them as well as the name. Seeded for the
 * seeded categories that still exist; a category an admin added starts with none.
 */
export class CategorySearchWords1764712000001 implements MigrationInterface {
  name = 'CategorySearchWords1764712000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE categories ADD COLUMN search_words text[] NOT NULL DEFAULT '{}'
        CHECK (cardinality(search_words) <= 60 AND array_position(search_words, NULL) IS NULL)`);
    for (const [key, words] of Object.entries(searchWords)) {
      await queryRunner.query('UPDATE categories SET search_words = $2 WHERE key = $1', [key, words]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE categories DROP COLUMN search_words');
  }
}
