/*
 * The step form model shared by the editor (served as /resources/@workflow-steps/node-red-step-service/
 * step-form.js) and the runtime (require): how a step's input JSON Schema maps to typed inputs,
 * how the saved `fields` of a node turn back into a step input, and how secret fields map to
 * Node-RED credential keys.
 *
 * `fields` maps a JSON Pointer to `{t, v}`: `t` is a Node-RED typedInput type (`str`, `num`,
 * `enum`, `json`, or a source such as `msg`, `flow`, `global`, `jsonata`, `env`) and `v` its
 * value; an array built in the form is `{t: "form", n: count}`. Secret fields are not in
 * `fields`: their values are credentials under `credKey(pointer)`.
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.StepForm = factory();
}(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  /** The typed-input types that take the value from the message or the context at run time. */
  const SOURCE_TYPES = ['msg', 'flow', 'global', 'jsonata', 'env'];
  /** What the editor sends for a secret that is set: the preview shows its place, never its value. */
  const MASK = '********';
  /** Marker for a literal `null` in an enum select (an enum may allow null). */
  const NULL_OPTION = '\u2205null';

  /** The pointer's segments (RFC 6901 unescaped). */
  function parsePointer(ptr) {
    if (ptr === '') return [];
    return ptr.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  }

  /** A pointer from segments. */
  function joinPointer(segments) {
    return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
  }

  /** The descriptor's spelling of a pointer: array indices as `-` (as in ui_hints). */
  function hintPointer(ptr) {
    return ptr.replace(/\/\d+(?=\/|$)/g, '/-');
  }

  /** A Node-RED credential key for the secret at `ptr` (letters, digits and `_` only). */
  function credKey(ptr) {
    return 's' + ptr.replace(/[^A-Za-z0-9]/g, (c) => '_' + c.charCodeAt(0).toString(16).padStart(2, '0'));
  }

  /** The pointer of a key made by `credKey`, or null for any other key. */
  function pointerOfCredKey(key) {
    if (!/^s(?:[A-Za-z0-9]|_[0-9a-f]{2})*$/.test(key)) return null;
    return key.slice(1).replace(/_([0-9a-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  }

  /** The JSON types a schema allows (a `type` string or list). */
  function typesOf(schema) {
    const t = schema && schema.type;
    return Array.isArray(t) ? t : t ? [t] : [];
  }

  /** Whether `null` is a valid value. */
  function nullable(schema) {
    return typesOf(schema).includes('null') || (Array.isArray(schema && schema.enum) && schema.enum.includes(null));
  }

  /** How the form shows a schema: object, array, enum, boolean, number, integer or string. */
  function kindOf(schema) {
    if (Array.isArray(schema && schema.enum)) return 'enum';
    const types = typesOf(schema).filter((t) => t !== 'null');
    if (types.includes('object') || (schema && schema.properties)) return 'object';
    if (types.includes('array') || (schema && schema.items)) return 'array';
    if (types.includes('boolean')) return 'boolean';
    if (types.includes('integer')) return 'integer';
    if (types.includes('number')) return 'number';
    return 'string';
  }

  /** The schema of a child: an object's property or an array's items. */
  function childSchema(schema, segment) {
    if (!schema) return undefined;
    if (kindOf(schema) === 'array') return schema.items;
    return schema.properties ? schema.properties[segment] : undefined;
  }

  /** The schema at a pointer, or undefined. */
  function schemaAt(schema, ptr) {
    return parsePointer(ptr).reduce((s, seg) => childSchema(s, seg), schema);
  }

  /** The options of a select for an enum (or boolean) field, `''` meaning unset. */
  function enumOptions(schema) {
    // A number spelled also as a string (Prism versions accept `4` and `"4"`) is offered
    // once, as the string Plaid expects.
    const values = kindOf(schema) === 'boolean'
      ? [true, false]
      : schema.enum.filter((v) => v !== null && !(typeof v === 'number' && schema.enum.includes(String(v))));
    const options = [{ value: '', label: '(not set)' }];
    for (const v of values) options.push({ value: String(v), label: String(v) });
    if (nullable(schema)) options.push({ value: NULL_OPTION, label: 'null' });
    return options;
  }

  /** The typed-input type a field's literal uses. */
  function literalType(schema) {
    switch (kindOf(schema)) {
      case 'object':
      case 'array': return 'form';
      case 'enum':
      case 'boolean': return 'enum';
      case 'integer':
      case 'number': return 'num';
      default: return 'str';
    }
  }

  /**
   * The JSON value of a literal entry for its schema, or `undefined` when unset (an empty
   * text, `(not set)`). Throws an Error whose message names the problem for JSON that does
   * not parse.
   */
  function literalValue(schema, t, v) {
    if (t === 'json') {
      if (v === undefined || String(v).trim() === '') return undefined;
      return JSON.parse(v);
    }
    if (v === undefined || v === null || v === '') return undefined;
    if (t === 'enum') {
      if (v === NULL_OPTION) return null;
      if (kindOf(schema) === 'boolean') return v === 'true';
      const match = (schema && schema.enum || []).find((e) => String(e) === String(v));
      return match === undefined ? String(v) : match;
    }
    if (t === 'num') {
      const n = Number(v);
      // A number that does not parse is passed on as text: the step's validation names it.
      return Number.isFinite(n) && String(v).trim() !== '' ? n : String(v);
    }
    if (t === 'bool') return v === true || v === 'true';
    return String(v);
  }

  /** Whether an entry is a literal (known in the editor) rather than taken at run time. */
  function isLiteral(entry) {
    return !SOURCE_TYPES.includes(entry.t);
  }

  /**
   * Builds a step input from `fields`. `resolve(ptr, entry)` returns (or resolves to) the value
   * of an entry taken at run time; `undefined` leaves the field unset. `secrets` maps pointers
   * to credential values. Containers are created from the schema (an array index makes an
   * array); objects appear only when one of their fields is set.
   */
  async function buildInput(schema, fields, resolve, secrets = {}) {
    const input = {};
    const pointers = Object.keys(fields || {});
    for (const ptr of pointers) {
      const entry = fields[ptr];
      const fieldSchema = schemaAt(schema, ptr);
      let value;
      if (entry.t === 'form') {
        if (kindOf(fieldSchema) !== 'array' || !(entry.n > 0)) continue;
        value = [];
        // Items built in the form; empty object items are kept so that the step reports them.
        for (let i = 0; i < entry.n; i += 1) if (kindOf(fieldSchema.items) === 'object') value.push({});
        if (!value.length) continue;
        mergeAt(input, schema, ptr, value);
        continue;
      }
      value = isLiteral(entry) ? literalValue(fieldSchema, entry.t, entry.v) : await resolve(ptr, entry);
      if (value !== undefined) setAt(input, schema, ptr, asText(fieldSchema, value));
    }
    for (const [ptr, secret] of Object.entries(secrets)) {
      if (secret !== undefined && secret !== '') setAt(input, schema, ptr, secret);
    }
    // Scalar array items left as holes (an item whose field was not set) are dropped.
    return compactArrays(input);
  }

  /**
   * The part of `fields` known in the editor: `{input, dynamic, problems}` with the input built
   * from the literals, the pointers taken at run time, and JSON literals that do not parse.
   */
  async function literalInput(schema, fields) {
    const dynamic = [];
    const known = {};
    for (const [ptr, entry] of Object.entries(fields || {})) {
      if (isLiteral(entry)) known[ptr] = entry;
      else dynamic.push(ptr);
    }
    const problems = [];
    const input = await buildInput(schema, guardJson(known, problems), () => undefined);
    return { input, dynamic, problems };
  }

  /** Replaces JSON entries that do not parse by unset ones and records a problem for each. */
  function guardJson(fields, problems) {
    const out = {};
    for (const [ptr, entry] of Object.entries(fields)) {
      if (entry.t === 'json') {
        try { JSON.parse(entry.v === '' ? 'null' : entry.v); } catch (e) {
          problems.push({ path: ptr, code: 'invalid_json', message: `not JSON: ${e.message}` });
          continue;
        }
      }
      out[ptr] = entry;
    }
    return out;
  }

  /**
   * The validation errors that still apply when the `dynamic` pointers get their values at run
   * time: errors at or under a dynamic field are dropped, and so are "missing" errors (code
   * `required` or `missing_*`) beside one, since the message may well supply what is missing.
   */
  function errorsForEditor(errors, dynamic) {
    const under = (path, ptr) => path === ptr || path.startsWith(ptr + '/');
    const parent = (ptr) => ptr.slice(0, ptr.lastIndexOf('/'));
    return (errors || []).filter((e) => {
      if (dynamic.some((ptr) => under(e.path, ptr))) return false;
      const missing = e.code === 'required' || /^missing/.test(e.code);
      return !(missing && dynamic.some((ptr) => parent(ptr) === parent(e.path)));
    });
  }

  /**
   * Bytes (a Node Buffer, e.g. the body of an `http in` node set not to parse it) for a field
   * whose schema is a string: the bytes decoded as UTF-8, so that a raw body reaches the step
   * exactly as received (as JSON, a Buffer would be `{type: "Buffer", data: [...]}`). Any other
   * value is returned as it is.
   */
  function asText(schema, value) {
    if (!(value instanceof Uint8Array) || !schema || kindOf(schema) !== 'string') return value;
    // A byte order mark is kept and bytes that are not UTF-8 become U+FFFD: the text is the
    // bytes, as far as a string can be.
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(value);
  }

  /** Sets `value` at `ptr` in `root`, creating objects and arrays as the schema says. */
  function setAt(root, schema, ptr, value) {
    const segments = parsePointer(ptr);
    let node = root;
    let s = schema;
    for (let i = 0; i < segments.length - 1; i += 1) {
      const seg = segments[i];
      const next = childSchema(s, seg);
      if (node[seg] === undefined || node[seg] === null || typeof node[seg] !== 'object') {
        node[seg] = kindOf(next || {}) === 'array' ? [] : {};
      }
      node = node[seg];
      s = next;
    }
    node[segments[segments.length - 1]] = value;
  }

  function getAt(root, ptr) {
    return parsePointer(ptr).reduce((node, seg) => (node && typeof node === 'object' ? node[seg] : undefined), root);
  }

  /** Puts a new array at `ptr` unless one is there (items may have been set first). */
  function mergeAt(root, schema, ptr, array) {
    if (!Array.isArray(getAt(root, ptr))) setAt(root, schema, ptr, array);
  }

  function compactArrays(value) {
    if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compactArrays);
    if (value && typeof value === 'object') {
      for (const k of Object.keys(value)) value[k] = compactArrays(value[k]);
    }
    return value;
  }

  /** Whether the descriptor marks the field at `ptr` deprecated (in ui_hints or its schema). */
  function isDeprecated(descriptor, ptr, schema) {
    const hints = (descriptor.ui_hints && descriptor.ui_hints.deprecated) || [];
    return Boolean(schema && schema.deprecated) || hints.includes(hintPointer(ptr));
  }

  /** Whether the descriptor marks the field at `ptr` secret (ui_hints.secrets or writeOnly). */
  function isSecret(descriptor, ptr, schema) {
    const hints = (descriptor.ui_hints && descriptor.ui_hints.secrets) || [];
    return Boolean(schema && schema.writeOnly) || hints.includes(hintPointer(ptr));
  }

  /** The pointers of the secret fields at the top level and in nested objects (not arrays). */
  function secretPointers(descriptor) {
    const out = [];
    const walk = (schema, ptr) => {
      if (!schema) return;
      if (ptr && isSecret(descriptor, ptr, schema)) { out.push(ptr); return; }
      if (kindOf(schema) === 'object') for (const k of Object.keys(schema.properties || {})) walk(schema.properties[k], ptr + joinPointer([k]));
    };
    walk(descriptor.input_schema, '');
    return out;
  }

  /** Top-level field names in the descriptor's order (ui_hints.order, then the rest). */
  function orderedKeys(descriptor, schema, ptr) {
    const keys = Object.keys((schema && schema.properties) || {});
    if (ptr !== '') return keys;
    const order = ((descriptor.ui_hints && descriptor.ui_hints.order) || []).filter((k) => keys.includes(k));
    return order.concat(keys.filter((k) => !order.includes(k)));
  }

  return {
    SOURCE_TYPES, NULL_OPTION, parsePointer, joinPointer, hintPointer, credKey, pointerOfCredKey,
    typesOf, nullable, kindOf, childSchema, schemaAt, enumOptions, literalType, literalValue,
    isLiteral, buildInput, literalInput, errorsForEditor, isDeprecated, isSecret, secretPointers,
    orderedKeys, setAt, asText, MASK,
  };
}));
