export { ConfigModule } from './config.module.js';
export { DatabaseModule } from './database.module.js';
export { jobProducerProvider } from './job-producer.provider.js';
export { loggerOptions, requestIdFor } from './logging.js';
