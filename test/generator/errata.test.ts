/**
 * The errata: each correction admits the real values it names, which the model's own trait
 * refuses; the generated declaration carries the correction; a model that no longer has the
 * corrected value stops the generator.
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { ResourceArn, TagResourceRequest, UntagResourceRequest, ListTagsForResourceRequest } from '../../src/index.js'
import { applyErrata, ERRATA } from '../../scripts/generator/errata.js'
import { rawModel } from '../shapes/model.js'

describe('errata', () => {
  it('lists at least the ResourceArn pattern', () => {
    expect(ERRATA.map((e) => `${e.shapeId} ${e.trait}`)).toContain('com.amazonaws.ivschat#ResourceArn smithy.api#pattern')
  })

  describe.each(ERRATA.map((e) => [`${e.shapeId} ${e.trait}`, e] as const))('%s', (_, e) => {
    it('corrects what the model has', () => {
      expect(rawModel.shapes[e.shapeId]?.traits?.[e.trait]).toEqual(e.model)
      expect(applyErrata(rawModel).shapes[e.shapeId]?.traits?.[e.trait]).toEqual(e.corrected)
    })

    it('admits the real values, which the model refuses', () => {
      expect(e.examples.length).toBeGreaterThan(0)
      if (e.trait !== 'smithy.api#pattern') return
      for (const v of e.examples) {
        expect(new RegExp(String(e.corrected), 'u').test(v), v).toBe(true)
        expect(new RegExp(String(e.model), 'u').test(v), v).toBe(false)
      }
    })

    it('leaves the model object alone', () => {
      const before = JSON.stringify(rawModel)
      applyErrata(rawModel)
      expect(JSON.stringify(rawModel)).toBe(before)
    })

    it('stops the generator once the model no longer has the corrected value', () => {
      const shape = rawModel.shapes[e.shapeId]!
      const fixed = { ...rawModel, shapes: { ...rawModel.shapes, [e.shapeId]: { ...shape, traits: { ...shape.traits, [e.trait]: e.corrected } } } }
      expect(() => applyErrata(fixed)).toThrow(/the model changed, review the erratum/)
    })
  })

  describe('a real room ARN in the requests that take a ResourceArn (strict)', () => {
    const arn = 'arn:aws:ivschat:us-west-2:123456789012:room/g1H2I3j4k5L6'

    it('is accepted by the generated ResourceArn', () => {
      expect(ResourceArn.ast).toMatchObject({ kind: 'string', pattern: '^arn:aws:ivschat:[a-z0-9-]+:[0-9]+:[a-z-]+/[a-zA-Z0-9-]+$' })
    })

    it('decodes in TagResourceRequest, UntagResourceRequest and ListTagsForResourceRequest', () => {
      expect(TagResourceRequest.fromJson({ resourceArn: arn, tags: { team: 'chat' } })).toEqual(E.right({ resourceArn: arn, tags: { team: 'chat' } }))
      expect(E.isRight(UntagResourceRequest.fromJson({ resourceArn: arn, tagKeys: ['team'] }))).toBe(true)
      expect(E.isRight(ListTagsForResourceRequest.fromJson({ resourceArn: arn }))).toBe(true)
    })

    it('still refuses what is not an IVS Chat ARN', () => {
      for (const bad of ['arn:aws:ivs:us-west-2:123456789012:channel/abc', 'arn:aws:ivschat:us-west-2:123456789012:/abc', 'room/g1H2I3j4k5L6']) {
        expect(E.isLeft(ListTagsForResourceRequest.fromJson({ resourceArn: bad })), bad).toBe(true)
      }
    })
  })
})
