import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A main library in town and four village branches (Næstved area); admins edit the list later. */
const branches: [key: string, nameDa: string, nameEn: string][] = [
  ['hovedbiblioteket', 'Hovedbiblioteket', 'Main library'],
  ['fensmark', 'Fensmark Bibliotek', 'Fensmark Library'],
  ['glumsoe', 'Glumsø Bibliotek', 'Glumsø Library'],
  ['herlufmagle', 'Herlufmagle Bibliotek', 'Herlufmagle Library'],
  ['fuglebjerg', 'Fuglebjerg Bibliotek', 'Fuglebjerg Library'],
];

const channels: [key: string, nameDa: string, nameEn: string][] = [
  ['walk-in', 'Fremmøde', 'Walk-in'],
  ['appointment', 'Tidsbestilling', 'Appointment'],
  ['phone', 'Telefon', 'Phone'],
  ['outreach', 'Opsøgende', 'Outreach'],
];

export class BranchesAndChannels1764400000000 implements MigrationInterface {
  name = 'BranchesAndChannels1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, rows] of [
      ['branches', branches],
      ['channels', channels],
    ] as const) {
      await queryRunner.query(`
        CREATE TABLE ${table} (
          key text PRIMARY KEY CHECK (key ~ '^[a-z0-9-]{2,40}$'),
          name_da text NOT NULL CHECK (length(name_da) BETWEEN 1 AND 100),
          name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 100),
          sort_order int NOT NULL,
          active boolean NOT NULL DEFAULT true
        )`);
      for (const [index, [key, nameDa, nameEn]] of rows.entries()) {
        await queryRunner.query(`INSERT INTO ${table} (key, name_da, name_en, sort_order) VALUES ($1, $2, $3, $4)`, [
          key,
          nameDa,
          nameEn,
          (index + 1) * 10,
        ]);
      }
    }
    await queryRunner.query(`ALTER TABLE staff_accounts ADD COLUMN default_branch_key text REFERENCES branches(key)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE staff_accounts DROP COLUMN default_branch_key');
    await queryRunner.query('DROP TABLE channels');
    await queryRunner.query('DROP TABLE branches');
  }
}
