import type { INodePropertyOptions, ResourceMapperField } from 'n8n-workflow';

/** The parts of a step descriptor (GET /v1/steps/{id}) this node reads. */
export interface Descriptor {
  name: string;
  title?: string;
  input_schema?: JsonSchema;
  ui_hints?: { order?: string[]; secrets?: string[]; deprecated?: string[] };
}

/** A JSON Schema node, as far as the mapping needs it. */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  required?: string[];
  description?: string;
  deprecated?: boolean;
  writeOnly?: boolean;
}

const typesOf = (s: JsonSchema): string[] => (Array.isArray(s.type) ? s.type : s.type ? [s.type] : []);

/**
 * The resource mapper's fields for a step's input: the top-level properties in the
 * descriptor's order; enums as options, booleans, numbers, strings, and nested objects or
 * arrays as JSON. Secret (writeOnly) fields are left out: credentials are the service's.
 */
export function fieldsOf(descriptor: Descriptor): ResourceMapperField[] {
  const schema = descriptor.input_schema ?? {};
  const properties = schema.properties ?? {};
  const required = schema.required ?? [];
  const secrets = new Set(descriptor.ui_hints?.secrets ?? []);
  const deprecated = new Set(descriptor.ui_hints?.deprecated ?? []);
  const order = (descriptor.ui_hints?.order ?? []).filter((k) => k in properties);
  const keys = order.concat(Object.keys(properties).filter((k) => !order.includes(k)));
  const fields: ResourceMapperField[] = [];
  for (const key of keys) {
    const prop = properties[key];
    if (prop.writeOnly || secrets.has('/' + key)) continue;
    const isDeprecated = Boolean(prop.deprecated) || deprecated.has('/' + key);
    const field: ResourceMapperField = {
      id: key,
      displayName: isDeprecated ? `${key} (deprecated)` : key,
      required: required.includes(key),
      defaultMatch: false,
      canBeUsedToMatch: false,
      display: true,
      type: fieldType(prop),
      removed: isDeprecated,
    };
    if (field.type === 'options') field.options = enumOptions(prop);
    fields.push(field);
  }
  return fields;
}

function fieldType(s: JsonSchema): ResourceMapperField['type'] {
  if (Array.isArray(s.enum)) return 'options';
  const types = typesOf(s).filter((t) => t !== 'null');
  if (types.includes('object') || s.properties) return 'object';
  if (types.includes('array') || s.items) return 'array';
  if (types.includes('boolean')) return 'boolean';
  if (types.includes('integer') || types.includes('number')) return 'number';
  return 'string';
}

function enumOptions(s: JsonSchema): INodePropertyOptions[] {
  const all = s.enum ?? [];
  // A number spelled also as a string (Prism versions accept `4` and `"4"`) is offered once.
  return all
    .filter((v) => v !== null && !(typeof v === 'number' && all.includes(String(v))))
    .map((v) => ({ name: String(v), value: v as string | number | boolean }));
}

/**
 * The step input from the mapper's values: empty values left out, object and array fields
 * given as JSON text parsed (a text that is not JSON is passed on for the step's validation
 * to name).
 */
export function inputFromFields(values: Record<string, unknown> | null | undefined, descriptor: Descriptor): Record<string, unknown> {
  const properties = descriptor.input_schema?.properties ?? {};
  const input: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(values ?? {})) {
    if (raw === undefined || raw === null || raw === '') continue;
    const prop = properties[key] ?? {};
    const type = fieldType(prop);
    if ((type === 'object' || type === 'array') && typeof raw === 'string') {
      try {
        input[key] = JSON.parse(raw);
      } catch {
        input[key] = raw;
      }
    } else {
      input[key] = raw;
    }
  }
  return input;
}
