/**
 * Architecture rules of tenfold, checked by `npm run arch` (part of `npm test`).
 * Why these rules and how they are proven to bite: docs/adr/0003-architecture-check.md.
 * Every rule has a deliberate violation in test/fixtures/architecture, asserted by
 * test/architecture/architecture.spec.ts — add both when you add a rule here.
 */
const MODULE = '^src/modules/([^/]+)/';
// Modules' published languages, and the event envelope they all extend (src/common/contracts).
const ANY_CONTRACTS = '^src/(modules/[^/]+/|common/)contracts/';
const APP = '^src/app/';
const SPEC_FILE = '\\.spec\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'module-imports-other-module-only-through-contracts',
      severity: 'error',
      comment:
        'A module may use another module only through its contracts/ folder (integration events ' +
        'and their payload types). Services, entities and repositories never cross a module ' +
        'boundary, so a module can later move into its own service without a rewrite.',
      from: { path: MODULE },
      to: { path: '^src/modules/', pathNot: ['^src/modules/$1/', ANY_CONTRACTS] },
    },
    {
      name: 'contracts-stay-self-contained',
      severity: 'error',
      comment:
        "A contracts/ folder is a module's published language. It may import packages, node " +
        'built-ins and other contracts/ folders only, so that importing a contract never drags ' +
        "the publishing module's internals (or common/, infrastructure/) along.",
      from: { path: ANY_CONTRACTS },
      to: {
        pathNot: [ANY_CONTRACTS, '(^|/)node_modules/'],
        dependencyTypesNot: ['core'],
        couldNotResolve: false,
      },
    },
    {
      name: 'domain-stays-pure',
      severity: 'error',
      comment:
        "A module's domain/ holds its rules: plain code, testable without Nest or a database. It " +
        'imports neither its persistence/, application/, http/, jobs/ or consumers/, nor TypeORM.',
      from: { path: `${MODULE}domain/` },
      to: {
        path: [
          '^src/modules/$1/(persistence|application|http|jobs|consumers)/',
          '(^|/)node_modules/typeorm/',
        ],
      },
    },
    {
      name: 'persistence-sits-below-application',
      severity: 'error',
      comment:
        "A module's persistence/ stores and reads; the use cases (application/) and the HTTP edge " +
        '(http/) call it, never the other way round.',
      from: { path: `${MODULE}persistence/` },
      to: { path: '^src/modules/$1/(application|http)/' },
    },
    {
      name: 'infrastructure-and-common-never-import-modules',
      severity: 'error',
      comment:
        'infrastructure/ and common/ are shared by every module; depending on one module would ' +
        'couple all of them to it. Invert the dependency (a port in common/, an adapter in the module).',
      from: { path: '^src/(infrastructure|common)/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'common-never-imports-app',
      severity: 'error',
      comment:
        'app/ holds the two process roots and their bootstrapping; only the entry points and app/ ' +
        'itself may depend on it. Anything common/ needs from there belongs in common/.',
      from: { path: '^src/common/' },
      to: { path: APP },
    },
    {
      name: 'infrastructure-never-imports-app',
      severity: 'error',
      comment:
        'app/ holds the two process roots and their bootstrapping; only the entry points and app/ ' +
        'itself may depend on it. Anything infrastructure/ needs from there belongs in infrastructure/.',
      from: { path: '^src/infrastructure/' },
      to: { path: APP },
    },
    {
      name: 'only-entry-points-import-app',
      severity: 'error',
      comment:
        'Outside common/ and infrastructure/ (which have their own rules above), only app/, ' +
        'src/main.ts, src/worker.ts, src/write-openapi.ts and the service entries in src/services/ may import app/: a module wired to a process root could ' +
        'no longer be loaded by the other process or moved out on its own.',
      from: {
        path: '^src/',
        pathNot: [
          '^src/(app|common|infrastructure)/',
          '^src/(main|worker|write-openapi)\\.ts$',
          '^src/services/[^/]+\\.ts$',
        ],
      },
      to: { path: APP },
    },
    {
      name: 'web-never-loads-worker-code',
      severity: 'error',
      comment:
        'The web process never runs job processors, event consumers or the outbox relay. Its entry ' +
        '(main.ts), its root (app/web.module.ts), the list of route modules it hosts ' +
        '(app/hosted-http-modules.ts) and the *.http.module.ts of modules must not ' +
        "import a *.worker.module.ts or a module's jobs/ or consumers/ code.",
      from: {
        path: [
          '^src/main\\.ts$',
          '^src/app/web\\.module\\.ts$',
          '^src/app/hosted-http-modules\\.ts$',
          '\\.http\\.module\\.ts$',
        ],
      },
      to: { path: ['\\.worker\\.module\\.ts$', '^src/modules/[^/]+/(jobs|consumers)/'] },
    },
    {
      name: 'processors-are-wired-only-by-worker-modules',
      severity: 'error',
      comment:
        "A module's jobs/ and consumers/ (processors, event consumers) are loaded by its " +
        '*.worker.module.ts only, so no web-side file can reach them through a handler. Job names ' +
        'and payload types that producers need live outside jobs/ (e.g. application/).',
      from: {
        path: '^src/',
        pathNot: ['\\.worker\\.module\\.ts$', '^src/modules/[^/]+/(jobs|consumers)/'],
      },
      to: { path: '^src/modules/[^/]+/(jobs|consumers)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'No import cycles anywhere: a cycle makes load order fragile (undefined Nest providers at ' +
        'start-up) and welds the files in it into one unit. Break it with an interface or an event.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment:
        'Every import must resolve to a file or an installed package; anything else fails at run time.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'not-to-dev-dep',
      severity: 'error',
      comment:
        'Production code must not need devDependencies: `npm ci --omit=dev` would leave them out. ' +
        'Specs may use them; type-only imports vanish at compile time.',
      from: { path: '^src/', pathNot: SPEC_FILE },
      to: {
        dependencyTypes: ['npm-dev'],
        dependencyTypesNot: ['type-only'],
        pathNot: ['(^|/)node_modules/@types/'],
      },
    },
  ],
  options: {
    // Also see type-only imports (`import type`), which tsc would erase: they couple modules too.
    tsPreCompilationDeps: true,
    doNotFollow: { path: '(^|/)node_modules/' },
    // No tsConfig: the project uses relative imports only (no `paths`), and leaving it out lets
    // the same file check test/fixtures/architecture with that folder as the working directory.
  },
};
