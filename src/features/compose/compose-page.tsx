import { useParams } from 'react-router';
import { useRepository } from '../../components/repository-context';
import { ComposeLoader } from './compose-loader';

/** The editor screen, `/issues/:id` (lazy-loaded by the app's router). */
export function ComposePage() {
  const { id = '' } = useParams();
  const repository = useRepository();
  return <ComposeLoader key={id} issueId={id} repository={repository} />;
}
