import { Injectable, type OnModuleInit } from '@nestjs/common';
import argon2 from 'argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

/** OWASP Password Storage Cheat Sheet: argon2id with 19 MiB of memory, 2 iterations, 1 degree of parallelism. */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// Words of this platform and region that the generic list does not carry.
const LOCAL_COMMON = ['kerjaku123', 'jawatengah', 'indonesia', 'indonesia1', 'bismillah', 'sayangku', 'password123', 'semarang1'];

@Injectable()
export class PasswordHasher implements OnModuleInit {
  /** The ~50,000 most common passwords ranked by zxcvbn-ts (from leaked password corpora), lower-cased. */
  readonly commonPasswords: ReadonlySet<string> = new Set(
    [...(dictionary['passwords-common'] as string[]), ...LOCAL_COMMON].map((password) => password.toLowerCase()),
  );
  private dummyHash = '';

  async onModuleInit(): Promise<void> {
    this.dummyHash = await argon2.hash('kerjaku-timing-equalizer', ARGON2_OPTIONS);
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  /** Verifies against `hash`, or against a dummy hash when there is no account, so both take as long. */
  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      const ok = await argon2.verify(hash ?? this.dummyHash, password);
      return hash !== null && ok;
    } catch {
      return false;
    }
  }
}
