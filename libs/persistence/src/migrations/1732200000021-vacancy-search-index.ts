import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One GIN index for search with a text query and the usual filters together (btree_gin indexes
 * the plain columns), so PostgreSQL intersects the matches inside the index instead of visiting
 * every text match in the table to check its regency and employment type. At 200,000 vacancies,
 * "operator mesin" in one regency, full time, read 11,874 heap blocks for 578 rows with one GIN
 * index per configuration; with this index it reads 573.
 */
export class VacancySearchIndex1732200000021 implements MigrationInterface {
  name = 'VacancySearchIndex1732200000021';

  async up(db: QueryRunner): Promise<void> {
    // btree_gin is a trusted extension (PostgreSQL 13+): the database owner may create it.
    await db.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await db.query(`DROP INDEX ix_vacancies_search_id`);
    await db.query(`DROP INDEX ix_vacancies_search_en`);
    await db.query(`
      CREATE INDEX ix_vacancies_search ON vacancies
        USING gin ((search_id || search_en), regency_code, employment_type, occupation_code, education_min, accommodations)
        WHERE status = 'published'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ix_vacancies_search`);
    await db.query(`CREATE INDEX ix_vacancies_search_id ON vacancies USING gin (search_id) WHERE status = 'published'`);
    await db.query(`CREATE INDEX ix_vacancies_search_en ON vacancies USING gin (search_en) WHERE status = 'published'`);
  }
}
