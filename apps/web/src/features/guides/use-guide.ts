import { guideEndpoints } from '@digihjaelp/contract';
import { useParams } from 'react-router';
import { request } from '../../api';
import { useApiData } from '../../use-api-data';

/** The guide named by the page's `:slug`. */
export function useGuide() {
  const { slug = '' } = useParams();
  return useApiData((signal) => request(guideEndpoints.get, { params: { slug }, signal }), [slug]);
}
