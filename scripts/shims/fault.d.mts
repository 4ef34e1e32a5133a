/** A printf-formatted Error (`%s`, `%j`), as the `fault` package makes it. */
export function fault(format: string, ...values: unknown[]): Error;
