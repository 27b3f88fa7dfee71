import type { EntityManager } from 'typeorm';
import type { AuthUser, CitizenLanguage, UpdateCardRequest } from '@digihjaelp/contract';
import { AppError, notFound } from '../../kernel/app-error';
import { CitizenCardEntity } from './citizen-card.entity';

export function findCards(manager: EntityManager): Promise<CitizenCardEntity[]> {
  return manager.find(CitizenCardEntity, { relations: { updatedBy: true }, order: { position: 'ASC', key: 'ASC' } });
}

/** New sentences for a card; a language not offered here is refused, so nothing is stored unseen. */
export async function updateCard(
  manager: EntityManager,
  key: string,
  request: UpdateCardRequest,
  languages: readonly CitizenLanguage[],
  author: Pick<AuthUser, 'id'>,
): Promise<CitizenCardEntity> {
  const offered = new Set(['da', ...languages.map((language) => language.code)]);
  const unknown = Object.keys(request.texts).filter((code) => !offered.has(code));
  if (unknown.length > 0) {
    throw new AppError('validation', 'Sproget tilbydes ikke her', {
      fields: unknown.map((code) => ({ path: `texts.${code}`, message: `Sproget "${code}" tilbydes ikke` })),
    });
  }
  const card = await manager.findOne(CitizenCardEntity, { where: { key }, lock: { mode: 'pessimistic_write' } });
  if (!card) throw notFound('Kortet');
  if (card.version !== request.version) {
    throw new AppError(
      'conflict',
      `Kortet er ændret af en anden, siden du åbnede det (du har version ${request.version}, den nyeste er ${card.version}).`,
      { current: { version: card.version, texts: card.texts }, yours: { version: request.version } },
    );
  }
  await manager.update(
    CitizenCardEntity,
    { key },
    { texts: request.texts, version: card.version + 1, updatedById: author.id, updatedAt: new Date() },
  );
  return manager.findOneOrFail(CitizenCardEntity, { where: { key }, relations: { updatedBy: true } });
}
