/**
 * Story copy is written as templates with `{placeholder}` slots. A slot names a fact derived
 * from the snapshot (or a cited key figure), never a number typed by hand, so the text and the
 * charts cannot drift apart. Slot names are checked at compile time against the fact keys.
 */

/** Every placeholder name used in a template string, as a union of string literals. */
export type PlaceholdersOf<Text extends string> =
  Text extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersOf<Rest> : never;

/**
 * A template whose placeholders are all valid keys. Written as a branded string so that a
 * template can only be made through {@link templateFactory}, which checks the slots.
 */
export type Template<Key extends string> = string & { readonly __slots: Key };

/**
 * Returns a checker for templates over a set of keys: `t('{a} and {b}')` compiles only if
 * `a` and `b` are keys. The check is purely at the type level; at run time it is the identity.
 */
export function templateFactory<Key extends string>() {
  return function template<const Text extends string>(
    text: Text &
      ([PlaceholdersOf<Text>] extends [Key] ? unknown : { missingKey: PlaceholdersOf<Text> }),
  ): Template<Key> {
    return text as unknown as Template<Key>;
  };
}

const SLOT = /\{([^{}]+)\}/g;

/** The placeholder names in a template, in order of appearance. */
export function slotsOf(template: string): string[] {
  return [...template.matchAll(SLOT)].map((match) => match[1] ?? '');
}

/** A piece of resolved text: plain, or a value that came from a placeholder. */
export type TextPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'value'; readonly key: string; readonly text: string };

/**
 * Splits a template into text and resolved values, so components can mark values up (and tests
 * can see which characters came from data).
 * @throws {Error} naming the slot when a placeholder has no value.
 */
export function resolveParts<Key extends string>(
  template: Template<Key> | string,
  values: Readonly<Record<Key, string>>,
): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of template.matchAll(SLOT)) {
    const key = match[1] ?? '';
    const value = (values as Readonly<Record<string, string | undefined>>)[key];
    if (value === undefined) throw new Error(`No value for the placeholder {${key}}`);
    if (match.index > last) parts.push({ kind: 'text', text: template.slice(last, match.index) });
    parts.push({ kind: 'value', key, text: value });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ kind: 'text', text: template.slice(last) });
  return parts;
}

/** A template with every placeholder replaced by its value. */
export function resolveTemplate<Key extends string>(
  template: Template<Key> | string,
  values: Readonly<Record<Key, string>>,
): string {
  return resolveParts(template, values)
    .map((part) => part.text)
    .join('');
}
