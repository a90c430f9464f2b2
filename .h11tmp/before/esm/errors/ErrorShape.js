/**
 * The error interpreter: an error shape's body declaration, read as a tagged value whose `_tag`
 * is the exception name, with its HTTP status and fault taken from the declaration's traits.
 *
 * How a protocol shapes error bodies (an envelope around an XML error, a capitalised `Message`)
 * comes in through `ErrorConventions` (`Conventions.ts`); without them, a JSON body and an XML
 * document's root element hold the members as declared. The package's error shapes take the
 * conventions of `src/protocols/Conventions.ts`.
 *
 * @since 0.1.0
 */
import * as E from 'fp-ts/lib/Either.js';
import { decodeXmlContent, neverThrow, refuseText, shape } from '../codecs/Shape.js';
import { isRecord } from '../codecs/Json.js';
import { parseXml } from '../codecs/Xml.js';
import { PLAIN_ERROR_CONVENTIONS } from './Conventions.js';
/**
 * Derives an error shape's directions from its declaration, with the given protocol conventions
 * (none by default).
 *
 * @category constructors
 * @since 0.1.0
 */
export const errorShape = (name, schema, options = {}) => {
    const ast = schema.ast;
    if (ast.kind !== 'structure' || ast.name !== name)
        throw new TypeError(`errorShape: ${name} must be declared as a structure named ${name}`);
    const conventions = options.conventions ?? PLAIN_ERROR_CONVENTIONS;
    const body = shape(schema, { conventions: conventions.shape });
    const tag = (a) => ({ _tag: name, ...a });
    const fromXmlContent = (content, options) => neverThrow(body.codec, () => E.map(tag)(decodeXmlContent(body, content, options)));
    return {
        name,
        httpStatus: ast.error?.httpStatus,
        fault: ast.error?.fault ?? 'client',
        body,
        conventions,
        make: (fields) => tag(body.make(fields)),
        fromJson: (u, options) => neverThrow(body.codec, () => E.map(tag)(body.fromJson(conventions.json(u), options))),
        fromXml: (xml, options) => {
            // Not text, or too long: the body's decoder says so before anything is parsed.
            const refused = refuseText(body.codec, xml, options, 'XML text');
            if (refused !== undefined)
                return refused;
            const doc = parseXml(xml);
            if ('_tag' in doc)
                return E.map(tag)(body.fromXml(xml, options));
            return neverThrow(body.codec, () => fromXmlContent(conventions.xml(doc.name, doc.content), options));
        },
        fromXmlContent,
        toJson: (e) => body.toJson(e),
        is: (u) => isRecord(u) && u['_tag'] === name && body.is(u)
    };
};
