import { useParams } from 'react-router';
import { CaseDetails } from '../features/cases';

export function CasePage() {
  const { id = '' } = useParams();
  return <CaseDetails id={id} />;
}
