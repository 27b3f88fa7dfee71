import { Column } from 'typeorm';
import type { GuideAudience, GuideSource } from '@digihjaelp/contract';

/**
 * What an editor writes, embedded (without prefix) in both a guide and each of its revisions,
 * so a revision is a full snapshot that can be compared and restored.
 */
export class GuideContentColumns {
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'category_key', type: 'text' })
  categoryKey!: string;

  @Column({ type: 'text', array: true })
  tags!: string[];

  @Column({ type: 'text' })
  audience!: GuideAudience;

  @Column({ type: 'jsonb' })
  sources!: GuideSource[];

  @Column({ name: 'related_slugs', type: 'text', array: true })
  relatedSlugs!: string[];

  /** `YYYY-MM-DD`; past it, the guide needs review. */
  @Column({ name: 'review_by', type: 'date' })
  reviewBy!: string;
}
