// The one global the README's example uses. Declared here rather than taken from the DOM lib
// or @types/node, so the check also shows that the package's types need neither.
declare const console: { log(...data: unknown[]): void };
