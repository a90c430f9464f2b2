/**
 * What a protocol tells error shapes and error unions, as plain functions, so that this folder
 * knows no protocol: how a raw error code names an exception, how a parsed JSON error body is
 * read, which element of an XML error document holds the error, and the conventions of the
 * bodies' own shapes. The package's protocols give theirs in `src/protocols/Conventions.ts`.
 *
 * @since 0.2.0
 */
import { PLAIN_CONVENTIONS } from '../codecs/Shape.js';
/**
 * No protocol's conventions: a code is the exception's name as it is, a JSON body and an XML
 * document's root element hold the error's members as they are, and the bodies' shapes follow
 * `PLAIN_CONVENTIONS`.
 *
 * @category constants
 * @since 0.2.0
 */
export const PLAIN_ERROR_CONVENTIONS = {
    shape: PLAIN_CONVENTIONS,
    code: (raw) => raw,
    json: (body) => body,
    xml: (_root, content) => content
};
