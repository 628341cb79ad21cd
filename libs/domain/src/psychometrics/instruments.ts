import { IPIP_BFM_50 } from './ipip-bfm-50.js';
import { RIASEC_48 } from './riasec-48.js';
import type { InstrumentDefinition } from './types.js';

/** The instruments the platform ships (loaded into `instrument_versions` at start-up). */
export const SHIPPED_INSTRUMENTS: InstrumentDefinition[] = [RIASEC_48, IPIP_BFM_50];
