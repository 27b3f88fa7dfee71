import { useTranslation } from 'react-i18next';
import { triageEndpoints, type FlowDefinition } from '@digihjaelp/contract';
import { request } from '../../../api';
import { Button } from '../../../ui/button';
import { Alert } from '../../../ui/messages';
import { useApiData } from '../../../use-api-data';

/** Every saved version of a category's flow; any can be opened in the form (and saved again as the newest). */
export function VersionHistory({
  categoryKey,
  onOpen,
}: {
  categoryKey: string;
  onOpen: (definition: FlowDefinition) => void;
}) {
  const { t, i18n } = useTranslation();
  const versions = useApiData(
    (signal) => request(triageEndpoints.versions, { params: { categoryKey }, signal }),
    [categoryKey],
  );
  const open = async (version: number) => {
    const response = await request(triageEndpoints.version, { params: { categoryKey, version } });
    onOpen(response.data.definition);
  };
  return (
    <details className="editor-details">
      <summary>{t('flowEditor.historyTitle')}</summary>
      <Alert message={versions.error?.message} />
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
            {versions.data?.data.map((version) => (
              <tr key={version.version}>
                <th scope="row">{version.version}</th>
                <td>{new Date(version.createdAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'da-DK')}</td>
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
