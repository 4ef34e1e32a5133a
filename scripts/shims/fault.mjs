// Stands in for the `fault` package (with `format`, its printf) in the extension bundles. Its only
// user there is micromark-extension-frontmatter's option check, which throws `fault('Missing `type`
// in matter `%j`', …)` for an invalid matter definition; src/core/parse.ts always passes ['yaml'].
// Same messages for the `%s` and `%j` those four calls use, as an Error; ~1.3 KB less minified.
export function fault(format, ...values) {
  return new Error(format.replace(/%([sj])/g, (_, c) => (c === 'j' ? JSON.stringify(values.shift()) : String(values.shift()))));
}
