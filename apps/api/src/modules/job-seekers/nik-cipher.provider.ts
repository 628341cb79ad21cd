import type { Provider } from '@nestjs/common';
import { AppConfig } from '#config';
import { NikCipher } from '#domain';

/** The NIK cipher with the configured keys; one instance for the process. */
export const nikCipherProvider: Provider = {
  provide: NikCipher,
  useFactory: (config: AppConfig) => new NikCipher(config.nik.encryptionKey, config.nik.hashKey),
  inject: [AppConfig],
};
