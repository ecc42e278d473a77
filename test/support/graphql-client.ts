import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; reason?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

/** An operation typed by codegen (`graphql(…)` from test/gql): its result and variables are known. */
export type TypedDocument<TResult, TVariables> = DocumentNode & DocumentTypeDecoration<TResult, TVariables>;

/** The variables argument: optional when the operation has no required variable. */
export type VariablesOf<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/** A minimal GraphQL-over-HTTP client, as a frontend would use the API. */
export class GraphQLClient {
  constructor(private readonly url: string, private readonly headers: Record<string, string> = {}) {}

  /** A client that sends `Authorization: Bearer <accessToken>`. */
  withToken(accessToken: string): GraphQLClient {
    return new GraphQLClient(this.url, { ...this.headers, authorization: `Bearer ${accessToken}` });
  }

  /** Sends an operation and returns the response as it came, errors included. */
  request<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, ...variables: VariablesOf<TVariables>): Promise<GraphQLResponse<TResult>>;
  request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  request(query: string | DocumentNode, variables?: unknown): Promise<GraphQLResponse<unknown>> {
    return this.send(query, variables);
  }

  private async send(query: string | DocumentNode, variables?: unknown): Promise<GraphQLResponse<unknown>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.headers },
      body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<unknown>, 'status'>;
    return { status: response.status, ...body };
  }

  /** Runs an operation that must succeed and returns its data. */
  data<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, ...variables: VariablesOf<TVariables>): Promise<TResult>;
  data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  async data(query: string | DocumentNode, variables?: unknown): Promise<unknown> {
    const result = await this.send(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  /**
   * Runs an operation that must be refused and returns its first error. The variables are left
   * untyped even for a typed document: a refusal test sends what a careless or hostile client would.
   */
  async error(query: string | DocumentNode, variables?: Record<string, unknown>): Promise<GraphQLErrorBody> {
    const result = await this.send(query, variables);
    if (!result.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
    return result.errors[0];
  }
}
