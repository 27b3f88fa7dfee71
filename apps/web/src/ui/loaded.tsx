import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api';
import type { Loadable } from '../queries/loadable';
import { Button } from './button';
import { Loading } from './loading';
import { Alert } from './messages';

/** Why something could not be loaded, in the server's words, and a button to load it again. */
export function LoadError({ error, onRetry }: { error: ApiError; onRetry: () => unknown }) {
  const { t } = useTranslation();
  return (
    <div className="load-error">
      <Alert message={error.message} />
      <Button variant="secondary" onClick={() => void onRetry()}>
        {t('app.retry')}
      </Button>
    </div>
  );
}

/** A read's data once it is there; until then "Indlæser …", and if it fails the error with "Prøv igen". */
export function Loaded<T>({ load, children }: { load: Loadable<T>; children: (data: T) => ReactNode }) {
  if (load.error) return <LoadError error={load.error} onRetry={load.refetch} />;
  if (load.data === undefined) return <Loading />;
  return children(load.data);
}
