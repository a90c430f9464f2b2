/** An outcome that writes nothing. @category constructors @since 0.2.0 */
export const readOnly = (output) => ({ output, changes: [] });
