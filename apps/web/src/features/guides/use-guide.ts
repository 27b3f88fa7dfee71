import { guideRoutes } from '@digihjaelp/contract';
import { useParams } from 'react-router';
import { dataOf, useApiQuery } from '../../queries/use-api-query';

/** The guide named by the page's `:slug`; every change to it (a save, feedback, a status) refreshes it. */
export function useGuide() {
  const { slug = '' } = useParams();
  return useApiQuery(guideRoutes.get, { params: { slug } }, { select: dataOf });
}
