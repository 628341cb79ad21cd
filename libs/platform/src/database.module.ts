import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '#config';
import { dataSourceOptions } from '#persistence';

@Module({})
export class DatabaseModule {
  static forRoot(applicationName: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(config.database.url, config.database.poolSize, applicationName),
            // Start even while PostgreSQL is down; /ready says 503 until it is back.
            retryAttempts: 0,
            manualInitialization: false,
          }),
        }),
      ],
      exports: [TypeOrmModule],
    };
  }
}
