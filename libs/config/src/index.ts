export { AppConfig, ConfigError, loadConfigOrExit } from './app-config.js';
export { configSchema, type ConfigInput, type ConfigValues } from './config.schema.js';
