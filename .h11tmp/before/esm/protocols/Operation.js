import { decodeRequest, encodeRequest } from './restJson1/Request.js';
import { decodeResponse, encodeError, encodeResponse } from './restJson1/Response.js';
import { parseUriPattern } from './restJson1/Uri.js';
/**
 * Declares an operation from its shapes and its `@http` trait.
 *
 * @category constructors
 * @since 0.1.0
 */
export const operation = (declaration) => {
    const uriPattern = parseUriPattern(declaration.http.uri);
    return {
        ...declaration,
        uriPattern,
        encodeRequest: encodeRequest(declaration.input, declaration.http, uriPattern),
        decodeResponse: decodeResponse(declaration.output, declaration.errors),
        decodeRequest: decodeRequest(declaration.input, uriPattern),
        encodeResponse: encodeResponse(declaration.output, declaration.http.code),
        encodeError: encodeError(declaration.errors)
    };
};
