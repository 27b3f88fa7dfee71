import { CASE_AUTHOR_EDIT_HOURS, caseRoutes, may, type Case, type CaseAuditEntry } from '@digihjaelp/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { request } from '../../api';
import { allOf } from '../../queries/loadable';
import { dataOf, useApiQuery } from '../../queries/use-api-query';
import { pathTo } from '../../routes';
import { Button } from '../../ui/button';
import { Loaded } from '../../ui/loaded';
import { FormError, Status } from '../../ui/messages';
import { PageHeader } from '../../ui/page-header';
import { useSubmission } from '../../ui/use-submission';
import { useSignedInUser } from '../auth/auth-context';
import { caseFieldsFromDraft, draftFromCase, type CaseDraft } from './case-draft';
import { assertDraftHasNoPersonalData, CaseFields } from './case-fields';
import { ageBandLabel, useCaseFormat } from './case-format';
import { useCaseReferenceData, type CaseReferenceData } from './case-reference-data';
import './cases.css';

function CaseFacts({ record, reference }: { record: Case; reference: CaseReferenceData }) {
  const { t } = useTranslation();
  const format = useCaseFormat(reference);
  const facts: [label: string, value: string][] = [
    [t('cases.field.staffId'), record.staff.displayName],
    [t('cases.field.branchKey'), format.value('branchKey', record.branchKey)],
    [t('cases.field.channelKey'), format.value('channelKey', record.channelKey)],
    [t('cases.field.categoryKeys'), format.value('categoryKeys', record.categoryKeys)],
    [
      t('cases.field.recommended'),
      record.triage ? format.recommendation(record.triage.recommended) : t('cases.noTriage'),
    ],
    [t('cases.field.levelGiven'), format.value('levelGiven', record.levelGiven)],
    [t('cases.field.outcome'), format.value('outcome', record.outcome)],
    ...(record.referralTarget
      ? [[t('cases.field.referralTarget'), format.value('referralTarget', record.referralTarget)] as [string, string]]
      : []),
    [t('cases.field.minutes'), String(record.minutes)],
    [t('cases.field.guideSlugs'), format.value('guideSlugs', record.guideSlugs)],
    [t('cases.field.repeatVisit'), format.value('repeatVisit', record.repeatVisit)],
    [t('cases.field.ageBand'), record.ageBand ? ageBandLabel(record.ageBand) : t('cases.hint.ageUnknown')],
    [t('cases.field.note'), format.value('note', record.note)],
    ...(record.deviationReason ? [[t('cases.field.deviationReason'), record.deviationReason] as [string, string]] : []),
  ];
  return (
    <>
      <dl className="case-facts">
        {facts.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {record.notesErasedAt && <p>{t('cases.erasedNotes', { when: format.when(record.notesErasedAt) })}</p>}
    </>
  );
}

function CaseAuditTrail({ entries, reference }: { entries: CaseAuditEntry[]; reference: CaseReferenceData }) {
  const { t } = useTranslation();
  const format = useCaseFormat(reference);
  return (
    <section aria-labelledby="case-audit-title">
      <h2 id="case-audit-title">{t('cases.audit.title')}</h2>
      {entries.length === 0 && <p>{t('cases.audit.none')}</p>}
      <ol className="case-audit">
        {entries.map((entry) => (
          <li key={entry.id}>
            <strong>{format.when(entry.at)}</strong> –{' '}
            {t(`cases.audit.${entry.action}`, { who: entry.staff?.displayName ?? t('cases.audit.system') })}
            {entry.action === 'updated' && (
              <ul>
                {entry.changes.map((change) => (
                  <li key={change.field}>
                    {t(`cases.field.${change.field as 'minutes'}`)}:{' '}
                    {change.erased
                      ? t('cases.audit.erased')
                      : `${format.value(change.field, change.old)} → ${format.value(change.field, change.new)}`}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function CaseEditForm({
  record,
  reference,
  onSaved,
  onStale,
}: {
  record: Case;
  reference: CaseReferenceData;
  onSaved: () => void;
  /** Someone else saved first: fetch their version (which starts the form again from it). */
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const { pending, error, onSubmit } = useSubmission();
  const [draft, setDraft] = useState<CaseDraft>(() => draftFromCase(record));

  const save = async () => {
    assertDraftHasNoPersonalData(draft);
    await request(caseRoutes.update, {
      params: { id: record.id },
      body: { version: record.version, ...caseFieldsFromDraft(draft, record.triage?.recommended) },
    });
    onSaved();
  };

  return (
    <section className="panel" aria-labelledby="case-edit-title">
      <h2 id="case-edit-title">{t('cases.edit.title')}</h2>
      <form className="form case-form" onSubmit={onSubmit(save)} noValidate aria-labelledby="case-edit-title">
        <FormError error={error} />
        {error?.code === 'conflict' && (
          <Button variant="secondary" onClick={onStale}>
            {t('cases.edit.reload')}
          </Button>
        )}
        <CaseFields
          draft={draft}
          onChange={(changes) => setDraft((current) => ({ ...current, ...changes }))}
          reference={reference}
          recommended={record.triage?.recommended}
          suggestedGuideSlugs={record.guideSlugs}
          detailsOpen
          error={error}
        />
        <Button type="submit" pending={pending}>
          {t('cases.edit.submit')}
        </Button>
      </form>
    </section>
  );
}

/** A case page: its facts, correcting it (author within 24 hours, leads always), deleting (leads), its history. */
export function CaseDetails({ id }: { id: string }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const navigate = useNavigate();
  const reference = useCaseReferenceData();
  const record = useApiQuery(caseRoutes.get, { params: { id } }, { select: dataOf });
  const audit = useApiQuery(caseRoutes.audit, { params: { id } }, { select: dataOf });
  const removal = useSubmission();
  const [saved, setSaved] = useState<string>();
  const format = useCaseFormat(reference.data);
  const managesAll = may(user, 'manageAllCases');

  const remove = async () => {
    if (!window.confirm(t('cases.delete.confirm'))) return;
    await request(caseRoutes.delete, { params: { id } });
    navigate(pathTo('cases'), { state: { message: t('cases.delete.done') } });
  };

  return (
    <Loaded load={allOf({ record, audit, reference })}>
      {(loaded) => {
        const editableUntil = new Date(
          new Date(loaded.record.createdAt).getTime() + CASE_AUTHOR_EDIT_HOURS * 3_600_000,
        );
        return (
          <>
            <PageHeader title={t('cases.caseTitle', { when: format.when(loaded.record.createdAt) })} />
            <Status message={saved} />
            <CaseFacts record={loaded.record} reference={loaded.reference} />
            {!managesAll && (
              <p>
                {loaded.record.canEdit
                  ? t('cases.edit.until', { time: format.when(editableUntil) })
                  : t('cases.edit.notAllowed')}
              </p>
            )}
            {managesAll && (
              <div className="case-actions">
                <FormError error={removal.error} />
                <Button variant="secondary" pending={removal.pending} onClick={() => void removal.run(remove)}>
                  {t('cases.delete.button')}
                </Button>
              </div>
            )}
            {loaded.record.canEdit && (
              <CaseEditForm
                key={loaded.record.version}
                record={loaded.record}
                reference={loaded.reference}
                onSaved={() => setSaved(t('cases.edit.saved'))}
                onStale={() => void record.refetch()}
              />
            )}
            <CaseAuditTrail entries={loaded.audit} reference={loaded.reference} />
          </>
        );
      }}
    </Loaded>
  );
}
