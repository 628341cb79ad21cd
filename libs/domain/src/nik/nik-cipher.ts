import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface EncryptedNik {
  /** IV (12 bytes), authentication tag (16 bytes), then the ciphertext. */
  ciphertext: Buffer;
  /** Which key encrypted it: a fingerprint of the key, so a rotation can tell old rows from new. */
  keyId: string;
}

/**
 * Encrypts NIKs with AES-256-GCM and hashes them with HMAC-SHA-256 for uniqueness. The owner's id is
 * bound in as associated data, so a ciphertext copied onto another person's row does not decrypt.
 */
export class NikCipher {
  readonly keyId: string;

  constructor(
    private readonly encryptionKey: Buffer,
    private readonly hashKey: Buffer,
  ) {
    if (encryptionKey.length !== 32 || hashKey.length !== 32) throw new Error('NIK keys must be 32 bytes');
    this.keyId = `k1-${createHash('sha256').update(encryptionKey).digest('hex').slice(0, 12)}`;
  }

  encrypt(nik: string, ownerId: string, iv: Buffer = randomBytes(IV_BYTES)): EncryptedNik {
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    cipher.setAAD(Buffer.from(ownerId, 'utf8'));
    const body = Buffer.concat([cipher.update(nik, 'utf8'), cipher.final()]);
    return { ciphertext: Buffer.concat([iv, cipher.getAuthTag(), body]), keyId: this.keyId };
  }

  decrypt(encrypted: EncryptedNik, ownerId: string): string {
    if (encrypted.keyId !== this.keyId) throw new Error(`NIK encrypted with key ${encrypted.keyId}, which is not configured`);
    const data = encrypted.ciphertext;
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, data.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(ownerId, 'utf8'));
    decipher.setAuthTag(data.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(data.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  /** The keyed hash that the unique index holds: equal NIKs give equal hashes, and without the key it reveals nothing. */
  hash(nik: string): Buffer {
    return createHmac('sha256', this.hashKey).update(nik, 'utf8').digest();
  }
}
