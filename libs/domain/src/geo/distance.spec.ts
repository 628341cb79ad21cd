import { haversineKm } from './distance.js';

describe('haversineKm', () => {
  it('is zero for one point and symmetric', () => {
    expect(haversineKm(-6.99, 110.42, -6.99, 110.42)).toBe(0);
    expect(haversineKm(-6.99, 110.42, -7.56, 110.82)).toBeCloseTo(haversineKm(-7.56, 110.82, -6.99, 110.42), 10);
  });

  it('gives Semarang–Surakarta about 76 km as the crow flies', () => {
    // Kota Semarang (-6.9932, 110.4203) to Kota Surakarta (-7.5755, 110.8243).
    expect(haversineKm(-6.9932, 110.4203, -7.5755, 110.8243)).toBeGreaterThan(75);
    expect(haversineKm(-6.9932, 110.4203, -7.5755, 110.8243)).toBeLessThan(80);
  });
});
