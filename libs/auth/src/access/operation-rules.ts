import type { INestApplicationContext, Type } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ACCESS_RULE, type AccessRule } from '../allow.decorator.js';

// Metadata keys @nestjs/graphql sets on root resolver methods (graphql.constants).
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';
const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'];

export interface OperationRule {
  /** `Mutation.createListing` */
  operation: string;
  rule: AccessRule | undefined;
}

/** Every root operation the application serves, with the access rule its resolver declares (if any). */
export function operationRules(app: INestApplicationContext): OperationRule[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const reflector = new Reflector();
  const scanner = new MetadataScanner();
  return discovery.getProviders().flatMap(({ metatype, instance }) => {
    if (!metatype || !instance || typeof instance !== 'object') return [];
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    return scanner.getAllMethodNames(prototype).flatMap((method) => {
      const handler = prototype[method] as () => unknown;
      const type = Reflect.getMetadata(RESOLVER_TYPE, handler) as string | undefined;
      if (!type || !ROOT_TYPES.includes(type)) return [];
      const name = (Reflect.getMetadata(RESOLVER_NAME, handler) as string | undefined) ?? method;
      const rule = reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [handler, metatype as Type]);
      return [{ operation: `${type}.${name}`, rule }];
    });
  });
}

/** Root fields of the served schema that no discovered resolver method accounts for (should be none). */
export function operationsWithoutResolver(app: INestApplicationContext): string[] {
  const { schema } = app.get(GraphQLSchemaHost);
  const known = new Set(operationRules(app).map((r) => r.operation));
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
    type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`).filter((op) => !known.has(op)) : [],
  );
}
