import type { QueryRunner } from 'typeorm';
import { Training1732200000060 } from '../../libs/persistence/src/migrations/1732200000060-training.js';
import { Counselling1732200000070 } from '../../libs/persistence/src/migrations/1732200000070-counselling.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

describe('training migration', () => {
  let t: TestContext;

  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(() => t.close());

  it('goes down and up again cleanly (with the counselling migration that builds on it)', async () => {
    const runner = { query: (sql: string, parameters?: unknown[]) => t.db.query(sql, parameters).then((result) => result.rows) } as unknown as QueryRunner;
    const tables = async () =>
      (
        await t.db.query(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'
              AND table_name IN ('enrolments', 'enrolment_transitions', 'attendance', 'certificates', 'certificate_counters', 'training_sessions', 'training_centre_invitations')
            ORDER BY table_name`,
        )
      ).rows.map((row) => row.table_name);
    expect(await tables()).toHaveLength(7);
    // The counselling migration comes after it and refers to enrolments, so it goes down first.
    await new Counselling1732200000070().down(runner);
    await new Training1732200000060().down(runner);
    expect(await tables()).toEqual([]);
    const columns = await t.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'training_programmes' AND column_name IN ('status', 'age_min', 'search')`);
    expect(columns.rows).toEqual([]);
    await new Training1732200000060().up(runner);
    await new Counselling1732200000070().up(runner);
    expect(await tables()).toHaveLength(7);
    expect((await t.db.query(`SELECT to_regclass('referrals') IS NOT NULL AS present`)).rows[0].present).toBe(true);
  });
});
