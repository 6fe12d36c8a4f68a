/**
 * The parts of an OpenAPI 3.1 document the docs page renders, as a zod schema: the generated
 * document is parsed once at startup, so the renderer works on typed data, not `any`.
 */
import { z } from 'zod';

/** A JSON Schema, as far as the docs page describes one. */
export interface SchemaNode {
  readonly $ref?: string | undefined;
  readonly type?: string | string[] | undefined;
  readonly format?: string | undefined;
  readonly enum?: readonly unknown[] | undefined;
  readonly const?: unknown;
  readonly items?: SchemaNode | undefined;
  readonly prefixItems?: readonly SchemaNode[] | undefined;
  readonly properties?: Readonly<Record<string, SchemaNode>> | undefined;
  readonly required?: readonly string[] | undefined;
  readonly anyOf?: readonly SchemaNode[] | undefined;
  readonly oneOf?: readonly SchemaNode[] | undefined;
  readonly allOf?: readonly SchemaNode[] | undefined;
  readonly description?: string | undefined;
  readonly default?: unknown;
  readonly example?: unknown;
  readonly minimum?: number | undefined;
  readonly maximum?: number | undefined;
}

/** A JSON Schema node; unknown keywords are ignored. */
export const SchemaNodeSchema: z.ZodType<SchemaNode> = z.lazy(() =>
  z.object({
    $ref: z.string().optional(),
    type: z.union([z.string(), z.array(z.string())]).optional(),
    format: z.string().optional(),
    enum: z.array(z.unknown()).optional(),
    const: z.unknown().optional(),
    items: SchemaNodeSchema.optional(),
    prefixItems: z.array(SchemaNodeSchema).optional(),
    properties: z.record(z.string(), SchemaNodeSchema).optional(),
    required: z.array(z.string()).optional(),
    anyOf: z.array(SchemaNodeSchema).optional(),
    oneOf: z.array(SchemaNodeSchema).optional(),
    allOf: z.array(SchemaNodeSchema).optional(),
    description: z.string().optional(),
    default: z.unknown().optional(),
    example: z.unknown().optional(),
    minimum: z.number().optional(),
    maximum: z.number().optional(),
  }),
);

const ParameterSchema = z.object({
  name: z.string(),
  in: z.string(),
  required: z.boolean().optional(),
  description: z.string().optional(),
  schema: SchemaNodeSchema.optional(),
  example: z.unknown().optional(),
});
/** One operation parameter. */
export type DocParameter = z.infer<typeof ParameterSchema>;

const ResponseSchema = z.object({
  description: z.string(),
  content: z.record(z.string(), z.object({ schema: SchemaNodeSchema.optional() })).optional(),
});
/** One documented response. */
export type DocResponse = z.infer<typeof ResponseSchema>;

const OperationSchema = z.object({
  tags: z.array(z.string()).optional(),
  summary: z.string().optional(),
  description: z.string().optional(),
  parameters: z.array(ParameterSchema).optional(),
  responses: z.record(z.string(), ResponseSchema).optional(),
});
/** One documented operation. */
export type DocOperation = z.infer<typeof OperationSchema>;

/** The document, narrowed to what the page shows. */
export const DocModelSchema = z.object({
  info: z.object({
    title: z.string(),
    version: z.string(),
    description: z.string().optional(),
  }),
  tags: z.array(z.object({ name: z.string(), description: z.string().optional() })).optional(),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  components: z.object({ schemas: z.record(z.string(), SchemaNodeSchema).optional() }).optional(),
});
/** The document, narrowed to what the page shows. */
export type DocModel = z.infer<typeof DocModelSchema>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/** One operation with its method and path. */
export interface DocEntry {
  readonly method: string;
  readonly path: string;
  readonly operation: DocOperation;
}

/** Every operation of the document, in document order. */
export function operationsOf(model: DocModel): DocEntry[] {
  const entries: DocEntry[] = [];
  for (const [path, item] of Object.entries(model.paths)) {
    for (const method of METHODS) {
      const raw = item[method];
      if (raw === undefined) continue;
      entries.push({ method, path, operation: OperationSchema.parse(raw) });
    }
  }
  return entries;
}
