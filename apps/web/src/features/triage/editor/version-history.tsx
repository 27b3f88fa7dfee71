import { useTranslation } from 'react-i18next';
import { triageRoutes, type FlowDefinition } from '@digihjaelp/contract';
import { request } from '../../../api';
import { dataOf, useApiQuery } from '../../../queries/use-api-query';
import { useLocale } from '../../../i18n/use-locale';
import { Button } from '../../../ui/button';
import { LoadError } from '../../../ui/loaded';

/** Every saved version of a category's flow; any can be opened in the form (and saved again as the newest). */
export function VersionHistory({
  categoryKey,
  onOpen,
}: {
  categoryKey: string;
  onOpen: (definition: FlowDefinition) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const versions = useApiQuery(triageRoutes.versions, { params: { categoryKey } }, { select: dataOf });
  const open = async (version: number) => {
    const response = await request(triageRoutes.version, { params: { categoryKey, version } });
    onOpen(response.data.definition);
  };
  return (
    <details className="editor-details">
      <summary>{t('flowEditor.historyTitle')}</summary>
      {versions.error && <LoadError error={versions.error} onRetry={versions.refetch} />}
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('flowEditor.version')}</th>
              <th scope="col">{t('flowEditor.savedAt')}</th>
              <th scope="col">{t('flowEditor.savedBy')}</th>
              <th scope="col">{t('flowEditor.size')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('flowEditor.open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.data?.map((version) => (
              <tr key={version.version}>
                <th scope="row">{version.version}</th>
                <td>{locale.dateTime(version.createdAt)}</td>
                <td>{version.createdBy ?? t('flowEditor.seeded')}</td>
                <td>{t('flowEditor.sizeValue', { questions: version.questionCount, rules: version.ruleCount })}</td>
                <td>
                  <Button variant="secondary" onClick={() => void open(version.version)}>
                    {t('flowEditor.openVersion', { version: version.version })}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
