import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ReferenceRepository, type ReferenceDataset } from './reference.repository.js';

interface CachedDataset {
  etag: string;
  body: string;
  checkedAt: number;
  version: string;
}

// Reference data changes only when a new data file is loaded; checking its version once a minute is plenty.
const RECHECK_MS = 60_000;

/** Serves reference data from memory, as pre-serialized JSON with an ETag, re-read when its version changes. */
@Injectable()
export class ReferenceService {
  private readonly cache = new Map<ReferenceDataset, CachedDataset>();
  private readonly loading = new Map<ReferenceDataset, Promise<CachedDataset>>();

  constructor(private readonly repository: ReferenceRepository) {}

  async get(dataset: ReferenceDataset): Promise<CachedDataset> {
    const cached = this.cache.get(dataset);
    if (cached && Date.now() - cached.checkedAt < RECHECK_MS) return cached;
    const pending = this.loading.get(dataset);
    if (pending) return pending;
    const load = this.load(dataset, cached).finally(() => this.loading.delete(dataset));
    this.loading.set(dataset, load);
    return load;
  }

  private async load(dataset: ReferenceDataset, cached: CachedDataset | undefined): Promise<CachedDataset> {
    const versions = await this.repository.versions();
    // The data set's name is its file's name, as the loader records it.
    const version = versions.get(dataset) ?? 'none';
    if (cached && cached.version === version) {
      cached.checkedAt = Date.now();
      return cached;
    }
    const body = JSON.stringify(await this.repository.read(dataset));
    const fresh = { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"`, checkedAt: Date.now(), version };
    this.cache.set(dataset, fresh);
    return fresh;
  }
}
