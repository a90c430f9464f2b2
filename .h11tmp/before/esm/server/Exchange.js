/**
 * One request in, one response out, without sockets: the emulator's pipeline.
 *
 * 1. signature (when credentials are set): AccessDeniedException, 403, if the request is
 *    unsigned or signed with other credentials;
 * 2. routing by `@http` method and URI: a request no operation matches is a ValidationException
 *    with reason `UNKNOWN_OPERATION` (the model's `ValidationExceptionReason`);
 * 3. injected faults (`throttleRate`, `serverErrorRate`);
 * 4. `decodeRequest`: the strict decoding of the protocol layer, a ValidationException listing
 *    every bad field;
 * 5. the operation's handler against the service; its output or its declared error, encoded by
 *    the protocol layer.
 *
 * Every response carries a fresh request id. A handler that throws (a bug) is answered with an
 * InternalServerException instead of taking the server down.
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js';
import { errorUnion } from '../errors/ErrorUnion.js';
import { AccessDeniedException } from '../errors/shapes/AccessDeniedException.js';
import { InternalServerException } from '../errors/shapes/InternalServerException.js';
import { ThrottlingException } from '../errors/shapes/ThrottlingException.js';
import { ValidationException } from '../errors/shapes/ValidationException.js';
import { encodeError, matchOperation, REQUEST_ID_HEADER } from '../protocols/RestJson1.js';
import { operations } from '../shapes/operations.js';
import { newRequestId } from './Ids.js';
import { inject } from './Injection.js';
import { makeService } from './Service.js';
import { verify } from './Signature.js';
/** The errors any operation may be answered with, declared or not. */
const encodeCommonError = encodeError(errorUnion([AccessDeniedException, ValidationException, ThrottlingException, InternalServerException]));
const route = matchOperation(operations);
const nameOf = (op) => op.name;
const withRequestId = (id) => (r) => ({ ...r, headers: { ...r.headers, [REQUEST_ID_HEADER]: id } });
const splitPath = (path) => {
    const q = path.indexOf('?');
    return q < 0 ? { path, query: '' } : { path: path.slice(0, q), query: path.slice(q + 1) };
};
/**
 * A fresh service (no resources) and the pipeline in front of it.
 *
 * @category constructors
 * @since 0.2.0
 */
export const makeExchange = (options) => {
    const service = makeService({ region: options.region, account: options.account, quotas: options.quotas, random: options.random, now: options.now });
    const fault = inject(options, options.random, options.account);
    const check = options.credentials === undefined ? undefined : verify(options.credentials);
    const call = service.call;
    const answer = async (request) => {
        if (check !== undefined) {
            const { path, query } = splitPath(request.path);
            const verdict = await check({ method: request.method, path, query, headers: (request.headers ?? {}), body: request.body });
            if (E.isLeft(verdict))
                return encodeCommonError(AccessDeniedException.make({ message: verdict.left }));
        }
        const op = route(request);
        if (op === undefined) {
            return encodeCommonError(ValidationException.make({ message: `No operation matches ${request.method} ${splitPath(request.path).path}`, reason: 'UNKNOWN_OPERATION' }));
        }
        const injected = fault(nameOf(op));
        if (injected !== undefined)
            return encodeCommonError(injected);
        const input = op.decodeRequest(request);
        if (E.isLeft(input))
            return op.encodeError(input.left);
        const result = call(nameOf(op), input.right);
        return E.isLeft(result) ? op.encodeError(result.left) : op.encodeResponse(result.right);
    };
    const respond = async (request) => {
        const id = newRequestId(options.random);
        if (options.latencyMs > 0)
            await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
        try {
            return withRequestId(id)(await answer(request));
        }
        catch {
            return withRequestId(id)(encodeCommonError(InternalServerException.make({ message: 'The emulator failed to handle the request' })));
        }
    };
    return { service, respond };
};
