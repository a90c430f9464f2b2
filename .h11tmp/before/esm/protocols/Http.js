/**
 * HTTP messages as the protocols produce and read them: plain data, no I/O. A client sends an
 * `HttpRequest` with whatever HTTP library it has; a server reads one from its framework.
 *
 * @since 0.2.0
 */
export {};
