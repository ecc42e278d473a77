import type { Type } from '@nestjs/common';
import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { InsightMeasure } from './insight-measure.types.js';

/** One reason for a class or stage, as GraphQL shows it. */
export interface Explanation<C extends string> {
  code: C;
  decisive: boolean;
  sentenceZh: string;
  sentenceEn: string;
  measures: InsightMeasure[];
}

/**
 * The GraphQL type `<name>` of the reasons behind one kind of verdict, with its enum of codes
 * `<name>Code`: what decided it, in Chinese and English, with the figures and thresholds.
 */
export function ExplanationType<C extends string>(codes: Record<string, C>, name: string, description: string): Type<Explanation<C>> {
  registerEnumType(codes, { name: `${name}Code`, description: `What a ${name} is about (see ${name}.measures for the numbers).` });

  @ObjectType(name, { description })
  class ExplanationClass {
    @Field(() => codes)
    code: C;

    @Field({ description: 'True for what decided the verdict shown; false for what only informs it.' })
    decisive: boolean;

    @Field()
    sentenceZh: string;

    @Field()
    sentenceEn: string;

    @Field(() => [InsightMeasure])
    measures: InsightMeasure[];
  }
  return ExplanationClass;
}
