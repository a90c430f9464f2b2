/** @internal */
export const invalidConfiguration = (message) => ({ _tag: 'InvalidConfiguration', message, attempts: 0 });
/** @internal */
export const invalidRequest = (operation, errors) => ({ _tag: 'InvalidRequest', operation, errors, attempts: 0 });
/** @internal */
export const attempted = (a, attempts) => ({ ...a, attempts });
