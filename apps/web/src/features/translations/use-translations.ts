import { citizenCardRoutes, translationRoutes } from '@digihjaelp/contract';
import { freshFor } from '../../queries/query-client';
import { dataOf, useApiQuery } from '../../queries/use-api-query';

/** The configured languages and every translation: read once, refreshed by the writes that change it. */
export const useTranslationOverview = () =>
  useApiQuery(translationRoutes.overview, {}, { staleTime: freshFor.referenceData, select: dataOf });

export const useCitizenCards = () =>
  useApiQuery(citizenCardRoutes.list, {}, { staleTime: freshFor.referenceData, select: dataOf });
