import { CERTIFICATE_CHECKS_PER_MINUTE } from '../../apps/api/src/modules/training-centres/certificate-verify-limiter.service.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

describe('public certificate checks', () => {
  let t: TestContext;

  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(() => t.close());

  it('are limited per address, so sequential numbers cannot be walked for initials', async () => {
    const statuses: number[] = [];
    for (let check = 1; check <= CERTIFICATE_CHECKS_PER_MINUTE + 1; check += 1) {
      statuses.push((await t.http.get(`/api/certificates/BLK-3374-2026-${String(check).padStart(6, '0')}/verify`)).status);
    }
    expect(statuses.slice(0, CERTIFICATE_CHECKS_PER_MINUTE).every((status) => status === 404)).toBe(true);
    expect(statuses[CERTIFICATE_CHECKS_PER_MINUTE]).toBe(429);
    const refused = await t.http.get('/api/certificates/BLK-3374-2026-000001/verify').expect(429);
    expect(refused.body.message).toMatch(/Too many certificate checks from this address; try again in \d+ seconds/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});
