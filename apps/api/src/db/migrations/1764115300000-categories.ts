import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The starting taxonomy from DOMAIN.md; admins edit it afterwards. */
const categories: [key: string, nameDa: string, nameEn: string, urgent?: boolean][] = [
  ['mitid-setup', 'MitID: oprettelse og aktivering', 'MitID: setup and activation'],
  ['mitid-login', 'MitID: login, mistede koder, ny telefon, spærring', 'MitID: login, lost codes, new phone, blocking'],
  ['mitid-alternatives', 'MitID: kodeviser, kodeoplæser og chip', 'MitID: code display, audio code reader and chip'],
  ['digital-post', 'Digital Post (borger.dk, e-Boks, mit.dk)', 'Digital Post (borger.dk, e-Boks, mit.dk)'],
  ['exemptions', 'Fritagelser', 'Exemptions'],
  [
    'power-of-attorney',
    'Fuldmagt, adgang til postkasse og værgemål',
    'Power of attorney, mailbox access, guardianship',
  ],
  [
    'borgerdk-selfservice',
    'Selvbetjening på borger.dk (flytning, ydelser, pension, sundhedskort)',
    'borger.dk self-service (moving, benefits, pension, health card)',
  ],
  ['tax', 'Skat (skat.dk, forskudsopgørelse, årsopgørelse)', 'Tax (skat.dk, preliminary and annual tax statements)'],
  ['health', 'Sundhed (sundhed.dk, Min Læge)', 'Health (sundhed.dk, Min Læge)'],
  ['banking', 'NemKonto, netbank og betalinger', 'NemKonto, online banking, payments'],
  ['booking-passport', 'Tidsbestilling, pas og kørekort', 'Booking, passport, driving licence'],
  ['fraud', 'Svindel og phishing (haster)', 'Fraud and phishing (urgent)', true],
  ['social-media', 'Sociale medier: privatliv og kontosikkerhed', 'Social media: privacy and account security'],
  ['source-criticism', 'Kildekritik og misinformation', 'Source criticism and misinformation'],
  [
    'device-basics',
    'Grundlæggende om enheder (telefon, apps, e-mail, wifi, print/scan)',
    'Device basics (phone, apps, e-mail, wifi, print/scan)',
  ],
  [
    'other-services',
    'Andre digitale tjenester (AULA, Rejsekort, bolig)',
    'Other digital services (AULA, Rejsekort, housing)',
  ],
  ['other', 'Andet / uden for vores opgaver', 'Other / outside remit'],
];

export class Categories1764115300000 implements MigrationInterface {
  name = 'Categories1764115300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE categories (
        key text PRIMARY KEY CHECK (key ~ '^[a-z0-9-]{2,40}$'),
        name_da text NOT NULL,
        name_en text NOT NULL,
        sort_order int NOT NULL,
        urgent boolean NOT NULL DEFAULT false,
        active boolean NOT NULL DEFAULT true
      )`);
    for (const [index, [key, nameDa, nameEn, urgent]] of categories.entries()) {
      await queryRunner.query(
        'INSERT INTO categories (key, name_da, name_en, sort_order, urgent) VALUES ($1, $2, $3, $4, $5)',
        [key, nameDa, nameEn, (index + 1) * 10, urgent ?? false],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE categories');
  }
}
