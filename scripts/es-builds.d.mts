// Types of es-builds.mjs, for the tests that use the same rule as the build.
export declare const esBuildOf: (specifier: string) => string | undefined
export declare const withEsBuilds: (source: string) => string
