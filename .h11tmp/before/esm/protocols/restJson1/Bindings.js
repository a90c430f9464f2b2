const NONE = { labels: [], query: [], headers: [], statusCode: undefined, body: [], hasBody: false };
/** Smithy's default timestamp formats outside the body. */
export const LABEL_TIMESTAMPS = 'date-time';
export const QUERY_TIMESTAMPS = 'date-time';
export const HEADER_TIMESTAMPS = 'http-date';
/**
 * The bindings of a structure's members (`undefined` input or output, Smithy's `Unit`, has none).
 *
 * @category constructors
 * @since 0.2.0
 */
export const bindingsOf = (ast) => {
    if (ast === undefined || ast.kind !== 'structure')
        return NONE;
    const labels = [];
    const query = [];
    const headers = [];
    const body = [];
    let statusCode;
    for (const m of ast.members) {
        if (m.httpLabel === true)
            labels.push(m);
        else if (m.httpQuery !== undefined)
            query.push(m);
        else if (m.httpHeader !== undefined)
            headers.push(m);
        else if (m.httpResponseCode === true)
            statusCode = m;
        else
            body.push(m);
    }
    return { labels, query, headers, statusCode, body, hasBody: body.length > 0 };
};
