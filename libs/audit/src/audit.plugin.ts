import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse, GraphQLRequestListener } from '@apollo/server';
import type { RequestWithUser } from '@chainmatch/auth';
import { Plugin } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { getNamedType, isCompositeType, Kind, type FragmentDefinitionNode, type GraphQLFormattedError } from 'graphql';
import { AuditRecorder } from './audit-recorder.service.js';
import { auditEntriesFor, type ResolvedRootField } from './mutation-outcomes.js';
import { rootFieldsOf } from '@chainmatch/core';

interface AuditContext {
  req?: RequestWithUser;
}

/**
 * Records every root mutation, exactly once, whatever stopped it. An Apollo plugin rather than a
 * Nest interceptor: guards run before interceptors, so an interceptor never sees a mutation refused
 * by the AccessGuard or the rate limit, nor one refused before execution (bad variables, query
 * limits). Here `willResolveField` notes what each root mutation resolver returned or threw (Nest
 * runs guards, pipes and the handler inside that resolver), and `willSendResponse` — called once per
 * request, on success and on every refusal — writes one entry per root field with the error code the
 * client actually received.
 */
@Plugin()
export class AuditPlugin implements ApolloServerPlugin<AuditContext> {
  private readonly logger = new Logger(AuditPlugin.name);

  constructor(private readonly recorder: AuditRecorder) {}

  async requestDidStart(): Promise<GraphQLRequestListener<AuditContext>> {
    const resolved = new Map<string, ResolvedRootField>();
    return {
      executionDidStart: async ({ operation }) => {
        if (operation?.operation !== 'mutation') return;
        return {
          willResolveField: ({ info, args }) => {
            if (info.path.prev !== undefined) return;
            return (_error, result) => void resolved.set(String(info.path.key), { idArgument: args.id, result });
          },
        };
      },
      willSendResponse: async (context) => {
        if (context.operation?.operation !== 'mutation') return;
        try {
          await this.recorder.record(auditEntriesFor({
            rootFields: rootFieldsOf(context.operation, fragmentsOf(context), context.request.variables),
            resolved,
            errors: sentErrors(context),
            returnTypeOf: (fieldName) => returnTypeName(context, fieldName),
            actor: context.contextValue.req?.user,
            ip: context.contextValue.req?.ip,
          }));
        } catch (error) {
          this.logger.error(error);
        }
      },
    };
  }
}

type SendingContext = GraphQLRequestContextWillSendResponse<AuditContext>;

function fragmentsOf(context: SendingContext): Map<string, FragmentDefinitionNode> {
  const definitions = context.document?.definitions ?? [];
  return new Map(definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
}

function sentErrors(context: SendingContext): readonly GraphQLFormattedError[] {
  const { body } = context.response;
  return (body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors) ?? [];
}

function returnTypeName(context: SendingContext, fieldName: string): string | undefined {
  const field = context.schema.getMutationType()?.getFields()[fieldName];
  const type = field && getNamedType(field.type);
  return type && isCompositeType(type) ? type.name : undefined;
}
