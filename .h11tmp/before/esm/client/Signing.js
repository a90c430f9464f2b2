/**
 * SigV4 signing of a request for service `ivschat`, by `@smithy/signature-v4` with SHA-256 from
 * `node:crypto`. The signed headers are those the AWS SDK signs for the same request: `host`,
 * `content-type` and `content-length` when there is a body, `x-amz-date`,
 * `x-amz-content-sha256`, and `x-amz-security-token` for temporary credentials; `user-agent` is
 * sent but (as SigV4 prescribes) not signed.
 *
 * @since 0.2.0
 */
import { Buffer } from 'node:buffer';
import { createHash, createHmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
/** The signing name of IVS Chat (`aws.auth#sigv4` of the model). */
export const SIGNING_SERVICE = 'ivschat';
/**
 * The `user-agent` of every request.
 *
 * @category constants
 * @since 0.2.0
 */
export const USER_AGENT = `ivschat-codecs lang/js${typeof process === 'object' && typeof process.versions?.node === 'string' ? ` md/nodejs#${process.versions.node}` : ''}`;
const bytesOf = (data) => typeof data === 'string' ? data : data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
/**
 * SHA-256 (or HMAC-SHA-256 with a secret) in the shape `@smithy/signature-v4` asks for.
 */
export class Sha256 {
    secret;
    hash;
    constructor(secret) {
        this.secret = secret;
        this.hash = Sha256.start(secret);
    }
    static start(secret) {
        return secret === undefined ? createHash('sha256') : createHmac('sha256', bytesOf(secret));
    }
    update(data) {
        this.hash.update(bytesOf(data));
    }
    digest() {
        const d = this.hash.digest();
        return Promise.resolve(new Uint8Array(d.buffer, d.byteOffset, d.byteLength));
    }
    reset() {
        this.hash = Sha256.start(this.secret);
    }
}
/** A query string (no `?`) as the record the signer canonicalises: decoded names and values, repeats as arrays. */
const queryRecord = (query) => {
    const out = {};
    if (query === '')
        return out;
    for (const pair of query.split('&')) {
        const i = pair.indexOf('=');
        const k = decodeURIComponent(i < 0 ? pair : pair.slice(0, i));
        const v = i < 0 ? '' : decodeURIComponent(pair.slice(i + 1));
        const seen = out[k];
        out[k] = seen === undefined ? v : Array.isArray(seen) ? [...seen, v] : [seen, v];
    }
    return out;
};
/**
 * The headers to send for a request: the request's own, plus `host`, `content-length`,
 * `user-agent`, the SigV4 headers and `authorization`.
 */
export const sign = async (request, endpoint, credentials, date) => {
    const headers = { ...request.headers, host: endpoint.host };
    if (request.body !== undefined)
        headers['content-length'] = String(Buffer.byteLength(request.body, 'utf8'));
    const signer = new SignatureV4({
        service: SIGNING_SERVICE,
        region: endpoint.signingRegion,
        credentials: {
            accessKeyId: credentials.accessKeyId,
            secretAccessKey: credentials.secretAccessKey,
            ...(credentials.sessionToken === undefined ? {} : { sessionToken: credentials.sessionToken })
        },
        sha256: Sha256
    });
    const signed = await signer.sign({
        method: request.method,
        protocol: endpoint.protocol,
        hostname: endpoint.hostname,
        ...(endpoint.port === '' ? {} : { port: Number(endpoint.port) }),
        path: `${endpoint.basePath}${request.path}`,
        query: queryRecord(request.query),
        headers,
        body: request.body
    }, { signingDate: date });
    return { ...signed.headers, 'user-agent': USER_AGENT };
};
