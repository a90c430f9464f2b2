/**
 * Identifiers the emulator hands out: resource ids and ARNs in IVS Chat's formats, request ids,
 * message and event ids, chat tokens. Everything is drawn from a `Random` source, so a test that
 * passes a seeded one gets the same ids every run.
 *
 * Formats (Amazon IVS Chat API Reference, data types `Room`/`LoggingConfiguration` and the
 * `RoomID`, `LoggingConfigurationID`, `ID`, `RoomArn`, `LoggingConfigurationArn` shapes): an id is
 * 12 characters of `[a-zA-Z0-9]`; an ARN is `arn:aws:ivschat:{region}:{account}:room/{id}` or
 * `…:logging-configuration/{id}`.
 *
 * @since 0.2.0
 */
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const BASE64URL = `${ALPHANUMERIC}-_`;
/** The length of every id IVS Chat generates (`RoomID`, `LoggingConfigurationID`, `ID`: length 12..12). */
export const ID_LENGTH = 12;
const pick = (alphabet, random) => (length) => {
    let out = '';
    for (let i = 0; i < length; i++)
        out += alphabet[Math.min(alphabet.length - 1, Math.floor(random() * alphabet.length))];
    return out;
};
/**
 * A fresh id: 12 characters of `[a-zA-Z0-9]`.
 *
 * @category constructors
 * @since 0.2.0
 */
export const newId = (random) => pick(ALPHANUMERIC, random)(ID_LENGTH);
/**
 * A fresh request id, shaped like the UUIDs IVS Chat sends as a response's request id (the
 * header named by `REQUEST_ID_HEADER` of `src/protocols/RestJson1.ts`).
 *
 * @category constructors
 * @since 0.2.0
 */
export const newRequestId = (random) => {
    const hex = pick(HEX, random);
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(random() * 4) % 4]}${hex(3)}-${hex(12)}`;
};
/**
 * A fresh chat token: opaque text, as the real one is to its holder (it is encrypted by the
 * service). It carries nothing of the request.
 *
 * @category constructors
 * @since 0.2.0
 */
export const newChatToken = (random) => `ivschat-emulator.${pick(BASE64URL, random)(96)}`;
/**
 * The ARN of a resource.
 *
 * @category constructors
 * @since 0.2.0
 */
export const arnOf = (region, account, kind, id) => `arn:aws:ivschat:${region}:${account}:${kind}/${id}`;
const ARN = /^arn:aws:ivschat:([a-z0-9-]+):([0-9]+):(room|logging-configuration)\/([a-zA-Z0-9-]+)$/;
/**
 * Takes an IVS Chat ARN apart; `undefined` for anything else.
 *
 * @category destructors
 * @since 0.2.0
 */
export const parseArn = (arn) => {
    const m = ARN.exec(arn);
    return m === null ? undefined : { region: m[1], account: m[2], kind: m[3], id: m[4] };
};
