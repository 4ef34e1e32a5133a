// A small JSON parser that keeps the offsets of every value and key, so configuration problems
// can point at the exact text. Accepts `//` and `/* */` comments (as `.okrlintrc.json` users
// expect from other linters' config files); everything else is strict JSON.

export type JsonNode =
  | { type: 'object'; start: number; end: number; properties: JsonProperty[] }
  | { type: 'array'; start: number; end: number; items: JsonNode[] }
  | { type: 'string'; start: number; end: number; value: string }
  | { type: 'number'; start: number; end: number; value: number }
  | { type: 'boolean'; start: number; end: number; value: boolean }
  | { type: 'null'; start: number; end: number; value: null };

export interface JsonProperty {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: JsonNode;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export function parseJson(text: string): JsonNode {
  let i = 0;

  const describe = (at: number): string => (at >= text.length ? 'end of file' : `'${text[at]}'`);

  function skip(): void {
    for (;;) {
      while (i < text.length && /[ \t\r\n\uFEFF]/.test(text[i]!)) i++;
      if (text.startsWith('//', i)) {
        while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
      } else if (text.startsWith('/*', i)) {
        const close = text.indexOf('*/', i + 2);
        if (close < 0) throw new JsonSyntaxError('Unterminated comment', i);
        i = close + 2;
      } else return;
    }
  }

  function value(): JsonNode {
    skip();
    const start = i;
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') {
      const v = string();
      return { type: 'string', start, end: i, value: v };
    }
    const num = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (num) {
      i += num[0].length;
      return { type: 'number', start, end: i, value: Number(num[0]) };
    }
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v === null ? { type: 'null', start, end: i, value: null } : { type: 'boolean', start, end: i, value: v };
      }
    }
    throw new JsonSyntaxError(`Unexpected ${describe(i)}, expected a value`, i);
  }

  function string(): string {
    const start = i;
    i++; // opening quote
    let out = '';
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\n' || c === '\r') break;
      if (c === '\\') {
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
          continue;
        }
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        throw new JsonSyntaxError('Invalid escape in string', i);
      }
      out += c;
      i++;
    }
    throw new JsonSyntaxError('Unterminated string', start);
  }

  function object(): JsonNode {
    const start = i;
    i++;
    const properties: JsonProperty[] = [];
    skip();
    if (text[i] === '}') {
      i++;
      return { type: 'object', start, end: i, properties };
    }
    for (;;) {
      skip();
      if (text[i] !== '"') throw new JsonSyntaxError(`Unexpected ${describe(i)}, expected a property name in double quotes`, i);
      const keyStart = i;
      const key = string();
      const keyEnd = i;
      skip();
      if (text[i] !== ':') throw new JsonSyntaxError(`Unexpected ${describe(i)}, expected ':' after "${key}"`, i);
      i++;
      properties.push({ key, keyStart, keyEnd, value: value() });
      skip();
      if (text[i] === ',') {
        i++;
        skip();
        if (text[i] === '}') throw new JsonSyntaxError("Unexpected '}' after ',': trailing commas are not allowed", i);
        continue;
      }
      if (text[i] === '}') {
        i++;
        return { type: 'object', start, end: i, properties };
      }
      throw new JsonSyntaxError(`Unexpected ${describe(i)}, expected ',' or '}'`, i);
    }
  }

  function array(): JsonNode {
    const start = i;
    i++;
    const items: JsonNode[] = [];
    skip();
    if (text[i] === ']') {
      i++;
      return { type: 'array', start, end: i, items };
    }
    for (;;) {
      items.push(value());
      skip();
      if (text[i] === ',') {
        i++;
        skip();
        if (text[i] === ']') throw new JsonSyntaxError("Unexpected ']' after ',': trailing commas are not allowed", i);
        continue;
      }
      if (text[i] === ']') {
        i++;
        return { type: 'array', start, end: i, items };
      }
      throw new JsonSyntaxError(`Unexpected ${describe(i)}, expected ',' or ']'`, i);
    }
  }

  const root = value();
  skip();
  if (i < text.length) throw new JsonSyntaxError(`Unexpected ${describe(i)} after the end of the JSON value`, i);
  return root;
}

/** The plain JavaScript value of a node. */
export function jsonValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(node.properties.map((p) => [p.key, jsonValue(p.value)]));
    case 'array':
      return node.items.map(jsonValue);
    default:
      return node.value;
  }
}
