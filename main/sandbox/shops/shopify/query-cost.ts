import {
  getArgumentValues,
  getNamedType,
  isLeafType,
  isObjectType,
  isAbstractType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Shopify's calculated query cost, in the spirit of shopify.dev "API rate limits":
 * scalars and enums cost 0, objects (and interfaces/unions) 1, a connection 2 plus
 * `first`/`last` times the cost of one of its nodes, a mutation 10. Edges and PageInfo
 * are free wrappers. The actual cost uses the number of nodes really returned.
 */

const FREE_WRAPPERS = /Edge$|^PageInfo$/;
const MUTATION_COST = 10;

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function fieldsOf(selectionSet: SelectionSetNode, type: GraphQLCompositeType, walk: Walk): { node: FieldNode; def: GraphQLField<unknown, unknown> }[] {
  const out: { node: FieldNode; def: GraphQLField<unknown, unknown> }[] = [];
  for (const sel of selectionSet.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      const def = isObjectType(type) || 'getFields' in type ? (type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()[sel.name.value] : undefined;
      if (def) out.push({ node: sel, def });
    } else {
      const fragment = sel.kind === Kind.INLINE_FRAGMENT ? sel : walk.fragments[sel.name.value];
      if (!fragment) continue;
      const on = fragment.typeCondition ? (walk.schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined) : type;
      if (on) out.push(...fieldsOf(fragment.selectionSet, on, walk));
    }
  }
  return out;
}

function selectionCost(selectionSet: SelectionSetNode | undefined, type: GraphQLCompositeType, walk: Walk, data: unknown, actual: boolean): number {
  if (!selectionSet) return 0;
  let total = 0;
  for (const { node, def } of fieldsOf(selectionSet, type, walk)) {
    const named = getNamedType(def.type);
    if (isLeafType(named)) continue;
    const composite = named as GraphQLCompositeType;
    const isConnection = named.name.endsWith('Connection');
    const own = isConnection ? 2 : FREE_WRAPPERS.test(named.name) ? 0 : 1;
    if (!actual) {
      const inner = selectionCost(node.selectionSet, composite, walk, undefined, false);
      if (isConnection) {
        const args = getArgumentValues(def, node, walk.variables) as { first?: number; last?: number };
        total += own + (args.first ?? args.last ?? 0) * inner;
      } else {
        total += own + inner;
      }
      continue;
    }
    const value = (data as Record<string, unknown> | null | undefined)?.[node.alias?.value ?? node.name.value];
    if (value === null || value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      const concrete =
        isAbstractType(named) && v && typeof v === 'object' && typeof (v as { __typename?: unknown }).__typename === 'string'
          ? ((walk.schema.getType((v as { __typename: string }).__typename) as GraphQLCompositeType | undefined) ?? composite)
          : composite;
      total += own + selectionCost(node.selectionSet, concrete, walk, v, true);
    }
  }
  return total;
}

function setup(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>) {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let operation: OperationDefinitionNode | undefined;
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    if (d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName)) operation ??= d;
  }
  return { walk: { schema, fragments, variables }, operation };
}

export function requestedQueryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string | null): number {
  const { walk, operation } = setup(schema, document, operationName, variables);
  if (!operation) return 0;
  if (operation.operation === 'mutation') return MUTATION_COST;
  const root = schema.getQueryType();
  return root ? selectionCost(operation.selectionSet, root, walk, undefined, false) : 0;
}

export function actualQueryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  data: unknown,
  operationName?: string | null,
): number {
  const { walk, operation } = setup(schema, document, operationName, variables);
  if (!operation) return 0;
  if (operation.operation === 'mutation') return MUTATION_COST;
  const root = schema.getQueryType();
  return root ? selectionCost(operation.selectionSet, root, walk, data, true) : 0;
}
