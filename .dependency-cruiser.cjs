/** The dependency rules the test command checks (`npm run depcheck`). */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'Business rules stay free of frameworks, the ORM, queues and validation decorators, so they are testable alone.',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: { path: ['node_modules/@nestjs/', 'node_modules/typeorm/', 'node_modules/bullmq/', 'node_modules/ioredis/', 'node_modules/class-validator/', 'node_modules/pg/', '^apps/', '^libs/(persistence|queue|platform)/'] },
    },
    {
      name: 'matching-engine-is-pure',
      comment: 'The in-memory index depends on the domain library only, so it runs the same in the worker, the tests and the benchmark.',
      severity: 'error',
      from: { path: '^libs/matching-engine/' },
      to: { path: ['node_modules/', '^apps/', '^libs/(persistence|queue|platform|config|reference-data)/'], pathNot: 'node_modules/@types/' },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'api-and-worker-are-separate',
      comment: 'What both need lives in libs/.',
      severity: 'error',
      from: { path: '^apps/(api|worker)/' },
      to: { path: '^apps/(api|worker)/', pathNot: '^apps/$1/' },
    },
    {
      name: 'web-is-browser-only',
      comment: 'The web app talks to the API over HTTP only; server code (and its secrets) never reaches the bundle.',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: ['^apps/(api|worker)/', '^libs/', 'node_modules/(@nestjs|typeorm|bullmq|ioredis|pg|class-validator|argon2|nodemailer)/'] },
    },
    {
      name: 'server-does-not-import-web',
      severity: 'error',
      from: { path: '^(apps/(api|worker)|libs)/' },
      to: { path: '^apps/web/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '^apps/web/dist/', '\\.spec\\.ts$'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['source', 'import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js', '.json'] },
  },
};
