// Where the ES module builds of fp-ts and io-ts live. Both packages ship CommonJS as `main`
// (`lib/`) and ES modules beside it (`es6/`), and neither has an `exports` map, so a bundler that
// follows `main` (esbuild does for platform node) gets CommonJS it cannot tree-shake: about 48 KB
// of a bundle that needs a few functions of them. The package's `module` build (dist/esm, for
// bundlers only) therefore imports their `es6/` files. Node can't run those (neither package says
// `"type": "module"`), so Node never sees dist/esm: it takes the `import` and `require` entries.
//
// One rule, used by the build (scripts/build.mjs) and by the bundle-size test.

/**
 * The ES-build specifier for a runtime import of fp-ts or io-ts, or `undefined` for any other.
 * `fp-ts/lib/Either.js` → `fp-ts/es6/Either.js`, `io-ts` → `io-ts/es6/index.js`.
 *
 * @param {string} specifier
 * @returns {string | undefined}
 */
export const esBuildOf = (specifier) => {
  const fp = /^fp-ts\/lib\/([A-Za-z]+)(\.js)?$/.exec(specifier)
  if (fp !== null) return `fp-ts/es6/${fp[1]}.js`
  if (specifier === 'io-ts' || specifier === 'io-ts/lib/index.js') return 'io-ts/es6/index.js'
  return undefined
}

/**
 * A compiled ES module's text with its static and dynamic imports of fp-ts and io-ts pointed at
 * their ES builds. Type-only imports are gone from compiled JavaScript, so every one left is a
 * runtime import.
 *
 * @param {string} source
 * @returns {string}
 */
export const withEsBuilds = (source) =>
  source.replace(/(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"]+)\2/g, (whole, lead, quote, specifier) => {
    const es = esBuildOf(specifier)
    return es === undefined ? whole : `${lead}${quote}${es}${quote}`
  })
