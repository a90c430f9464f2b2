/**
 * Errata: corrections the generator applies on top of the Smithy model, which is kept
 * byte-identical to what AWS publishes and is never edited.
 *
 * Each erratum names the trait it corrects, the value the model has and the value we use, why,
 * and a real value the correction admits (a test checks that the corrected trait accepts it and
 * the model's own trait refuses it). The generator refuses to run when the model no longer has
 * the value an erratum corrects: a fixed model means the erratum should be deleted, not applied.
 */
import type { SmithyModel, SmithyShape } from './smithy.js'

/** One correction of one trait of one shape. */
export interface Erratum {
  /** The shape whose trait is corrected. */
  readonly shapeId: string
  /** The trait corrected, e.g. `smithy.api#pattern`. */
  readonly trait: string
  /** The trait's value in the model. */
  readonly model: unknown
  /** The value the generator uses instead. */
  readonly corrected: unknown
  /** Why, in a sentence. */
  readonly reason: string
  /** Real values the corrected trait must accept (and, for a pattern, the model's must refuse). */
  readonly examples: ReadonlyArray<string>
}

/** Every correction, in the order they are applied. */
export const ERRATA: ReadonlyArray<Erratum> = [
  {
    shapeId: 'com.amazonaws.ivschat#ResourceArn',
    trait: 'smithy.api#pattern',
    model: '^arn:aws:ivschat:[a-z0-9-]+:[0-9]+:[a-z-]/[a-zA-Z0-9-]+$',
    corrected: '^arn:aws:ivschat:[a-z0-9-]+:[0-9]+:[a-z-]+/[a-zA-Z0-9-]+$',
    reason:
      'The resource type before the `/` is a word (`room`, `logging-configuration`), but the model allows a single character there, so every real ARN fails it; one or more characters are allowed instead.',
    examples: ['arn:aws:ivschat:us-west-2:123456789012:room/g1H2I3j4k5L6', 'arn:aws:ivschat:eu-west-1:123456789012:logging-configuration/ABcdef34ghIJ']
  }
]

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/**
 * The model with every erratum applied (a new object; the input is not changed). Throws when an
 * erratum's shape or trait is missing or no longer has the value the erratum corrects.
 */
export const applyErrata = (model: SmithyModel, errata: ReadonlyArray<Erratum> = ERRATA): SmithyModel => {
  const shapes: Record<string, SmithyShape> = { ...model.shapes }
  for (const e of errata) {
    const shape = shapes[e.shapeId]
    if (shape === undefined) throw new Error(`erratum for ${e.shapeId}: the model has no such shape`)
    const current = shape.traits?.[e.trait]
    if (!sameJson(current, e.model)) {
      throw new Error(`erratum for ${e.shapeId} ${e.trait}: the model has ${JSON.stringify(current)}, not ${JSON.stringify(e.model)}; the model changed, review the erratum`)
    }
    shapes[e.shapeId] = { ...shape, traits: { ...shape.traits, [e.trait]: e.corrected } }
  }
  return { ...model, shapes }
}
