/**
 * The argument path named by a graphql-js variable coercion error, so that refusals GraphQL makes
 * before any resolver runs (unknown enum value, wrong type, missing field) still carry
 * `extensions.field` like ours do. Returns undefined for any other message.
 */
export function fieldOfVariableError(message: string): string | undefined {
  const variable = /^Variable "\$(\w+)"/.exec(message)?.[1];
  if (!variable) return undefined;
  const at = /got invalid value .*? at "([^"]+)";/.exec(message)?.[1];
  const missing = /Field "(\w+)" of required type .* was not provided/.exec(message)?.[1];
  const base = at ?? variable;
  return missing ? `${base}.${missing}` : base;
}
