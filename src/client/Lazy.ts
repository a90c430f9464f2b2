/**
 * Packages imported on first use. The client and the emulator need AWS packages (`@smithy/*`,
 * `@aws-sdk/*`) for endpoints, retries and signatures; they are loaded by a dynamic `import()` the
 * first time a call (or `startServer`) needs them, so a program that imports this package only to
 * decode responses loads none of them.
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js'
import { type InvalidConfiguration, invalidConfiguration } from './Failure.js'

/**
 * What is needed of a package, imported once on first use and kept. A failed import is an
 * `InvalidConfiguration` that names the package (never quoting the import's own error) and is
 * not kept: the next use tries again. Never rejects.
 *
 * `name` is what the failure names; `load` imports the package (a literal `import()`, so that
 * type checkers and bundlers see the specifier) and may prepare what it gives.
 */
export const lazily = <M>(name: string, load: () => Promise<M>): (() => Promise<E.Either<InvalidConfiguration, M>>) => {
  let pending: Promise<E.Either<InvalidConfiguration, M>> | undefined
  return () =>
    (pending ??= Promise.resolve()
      .then(load)
      .then(
        (m): E.Either<InvalidConfiguration, M> => E.right(m),
        () => {
          pending = undefined
          return E.left(invalidConfiguration(`${name} could not be imported`))
        }
      ))
}
