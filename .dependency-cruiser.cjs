/**
 * The layering of docs/design.md ("What each layer may import"), checked by
 * `npm run lint:deps` (`depcruise src --config .dependency-cruiser.cjs`). Every rule is an
 * error, so a violation makes the command exit non-zero.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'codecs-know-no-protocol-or-service',
      comment:
        'src/codecs is the schema algebra and its interpreters: it knows no protocol, no error layer, no IVS Chat shape, ' +
        'and nothing of the command, the client, the server or the public entry point.',
      severity: 'error',
      from: { path: '^src/codecs/' },
      to: { path: ['^src/(shapes|errors|protocols|cli|client|server)/', '^src/index\\.ts$'] }
    },
    {
      name: 'only-the-cli-imports-the-root',
      comment: 'src/index.ts decides what is public; inside src/ only the command reads it (to find shapes by their properties).',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/cli/', '^src/index\\.ts$'] },
      to: { path: '^src/index\\.ts$' }
    },
    {
      name: 'protocols-know-no-shape-or-consumer',
      comment: 'src/protocols works for any declaration: it imports no IVS Chat shape, and nothing of the command, the client or the server.',
      severity: 'error',
      from: { path: '^src/protocols/' },
      to: { path: '^src/(shapes|cli|client|server)/' }
    },
    {
      name: 'no-circular',
      comment: 'Modules form a line (docs/design.md): no module reaches itself through its imports.',
      severity: 'error',
      from: {},
      to: { circular: true }
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves (a typo would otherwise pass the other rules silently).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // `.js` specifiers of the sources name `.ts` files: resolve them the way tsc does.
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json']
    }
  }
}
