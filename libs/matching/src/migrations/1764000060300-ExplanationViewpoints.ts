import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Explanations are now written from each party's side (`sentences.BUYER`, `sentences.SUPPLIER`).
 * Stored rows had one sentence pair, written about the supplier: it stays the buyer's reading and,
 * for want of better, the supplier's, until the match worker rescores the match (every listing is
 * queued for that by the listing migration just before); curated matches keep it.
 */
export class ExplanationViewpoints1764000060300 implements MigrationInterface {
  name = 'ExplanationViewpoints1764000060300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE match SET explanation = (
      SELECT coalesce(jsonb_agg((row - 'sentenceZh' - 'sentenceEn') || jsonb_build_object('sentences', jsonb_build_object(
        'BUYER', jsonb_build_object('zh', row->'sentenceZh', 'en', row->'sentenceEn'),
        'SUPPLIER', jsonb_build_object('zh', row->'sentenceZh', 'en', row->'sentenceEn'))) ORDER BY position), '[]'::jsonb)
      FROM jsonb_array_elements(explanation) WITH ORDINALITY AS e(row, position))
      WHERE jsonb_array_length(explanation) > 0 AND NOT explanation->0 ? 'sentences'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE match SET explanation = (
      SELECT coalesce(jsonb_agg((row - 'sentences') || jsonb_build_object('sentenceZh', row#>'{sentences,BUYER,zh}',
        'sentenceEn', row#>'{sentences,BUYER,en}') ORDER BY position), '[]'::jsonb)
      FROM jsonb_array_elements(explanation) WITH ORDINALITY AS e(row, position))
      WHERE jsonb_array_length(explanation) > 0 AND explanation->0 ? 'sentences'`);
  }
}
