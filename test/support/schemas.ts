/**
 * Small declarations for the interpreter tests: `Everything` has one member of every node kind
 * (nested structure, list, map, enum, integer with a range, string with length and pattern,
 * sensitive string and map, timestamps in all three formats, union, a member with a default).
 */
import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/protocols/Conventions.js'

export const Color = S.enums(['RED', 'GREEN', 'BLUE'], { shapeId: 'test#Color' })
export const Code = S.string({ shapeId: 'test#Code', length: { min: 2, max: 8 }, pattern: '^[A-Z][a-z0-9]*$' })
export const Count = S.integer({ shapeId: 'test#Count', range: { min: -5, max: 100 } })
export const Secret = S.string({ shapeId: 'test#Secret', sensitive: true, length: { min: 1, max: 64 } })

export const Inner = S.structure('Inner', {
  label: S.required(S.string()),
  weight: S.optional(S.integer())
})

export const Choice = S.union('Choice', {
  text: S.optional(S.string()),
  number: S.optional(S.integer()),
  inner: S.optional(Inner)
})

export const EverythingSchema = S.structure(
  'Everything',
  {
    name: S.required(Code),
    color: S.optional(Color),
    count: S.optional(Count),
    flag: S.optional(S.boolean()),
    secret: S.optional(Secret),
    inner: S.optional(Inner),
    tags: S.optional(S.list(S.string(), { shapeId: 'test#Tags', length: { max: 5 } })),
    labels: S.optional(S.map(S.string(), Count, { shapeId: 'test#Labels' })),
    secrets: S.optional(S.map(S.string(), S.string(), { shapeId: 'test#Secrets', sensitive: true })),
    created: S.optional(S.timestamp('date-time')),
    modified: S.optional(S.timestamp('http-date')),
    expires: S.optional(S.timestamp('epoch-seconds')),
    choice: S.optional(Choice),
    items: S.optional(S.list(Inner, { shapeId: 'test#Items' })),
    retries: S.withDefault(S.integer({ range: { min: 0, max: 10 } }), 3)
  },
  { shapeId: 'test#Everything' }
)

/** Decoded leniently (like a response). */
export const Everything = shape(EverythingSchema)
export type Everything = S.TypeOf<typeof EverythingSchema>

/** The same declaration decoded strictly (like a request). */
export const StrictEverything = shape(EverythingSchema, { mode: 'strict' })

/** A value with every member set. */
export const full: Everything = {
  name: 'Abc1',
  color: 'GREEN',
  count: 42,
  flag: true,
  secret: 'hunter2-secret',
  inner: { label: 'in', weight: 7 },
  tags: ['a', 'b c'],
  labels: { x: 1, y: -5 },
  secrets: { apiKey: 'k-123456789' },
  created: new Date('2014-04-29T18:30:38.123Z'),
  modified: new Date('2014-04-29T18:30:38Z'),
  expires: new Date(1398796238123),
  choice: { inner: { label: 'picked' } },
  items: [{ label: 'one' }, { label: 'two', weight: 2 }],
  retries: 4
}

/** The JSON wire value of `full`. */
export const fullJson = {
  name: 'Abc1',
  color: 'GREEN',
  count: 42,
  flag: true,
  secret: 'hunter2-secret',
  inner: { label: 'in', weight: 7 },
  tags: ['a', 'b c'],
  labels: { x: 1, y: -5 },
  secrets: { apiKey: 'k-123456789' },
  created: '2014-04-29T18:30:38.123Z',
  modified: 'Tue, 29 Apr 2014 18:30:38 GMT',
  expires: 1398796238.123,
  choice: { inner: { label: 'picked' } },
  items: [{ label: 'one' }, { label: 'two', weight: 2 }],
  retries: 4
}
