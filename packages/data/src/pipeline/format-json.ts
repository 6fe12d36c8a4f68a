/**
 * Serialises a value as 2-space-indented JSON with a trailing newline, but writes arrays of
 * plain numbers (coordinates, TopoJSON arc steps, `[lon, lat]`) on one line: one number per line
 * would triple the size of the geometry files and make diffs unreadable. Keys keep their
 * insertion order (the schema's order, since values come out of the schemas), and numbers use
 * JavaScript's shortest round-trip form, so output is byte-identical across runs.
 */
export function formatJson(value: unknown): string {
  return `${write(value, '')}\n`;
}

function write(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((item) => typeof item === 'number')) {
      return `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
    }
    const inner = `${indent}  `;
    return `[\n${value.map((item: unknown) => inner + write(item, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    const inner = `${indent}  `;
    const body = entries
      .map(([key, item]) => `${inner}${JSON.stringify(key)}: ${write(item, inner)}`)
      .join(',\n');
    return `{\n${body}\n${indent}}`;
  }
  // `undefined`, functions and symbols have no JSON form.
  const text = JSON.stringify(value) as string | undefined;
  if (text === undefined) throw new TypeError(`cannot serialise a ${typeof value}`);
  return text;
}
