import { guideRoutes, type GuideDetail } from '@digihjaelp/contract';
import { findPersonalData, personalDataMessage } from '@digihjaelp/privacy';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { Button } from '../../ui/button';
import { FormField } from '../../ui/form-field';
import { FormError, Status } from '../../ui/messages';
import { useSubmission } from '../../ui/use-submission';

/** Helpful or not, with an optional comment; the CPR guard warns while typing, as the server refuses it. */
export function GuideFeedback({ guide }: { guide: GuideDetail }) {
  const { t } = useTranslation();
  const { pending, error, onSubmit } = useSubmission();
  const [helpful, setHelpful] = useState<boolean>();
  const [comment, setComment] = useState('');
  const [status, setStatus] = useState<string>();
  const groupId = useId();
  const [finding] = findPersonalData(comment);

  const send = async () => {
    if (helpful === undefined) return;
    await request(guideRoutes.giveFeedback, {
      params: { slug: guide.slug },
      body: { helpful, comment: comment || undefined },
    });
    setComment('');
    setHelpful(undefined);
    setStatus(t('guides.feedback.thanks'));
  };

  return (
    <section className="panel" aria-labelledby={`${groupId}-title`}>
      <h2 id={`${groupId}-title`}>{t('guides.feedback.title')}</h2>
      <p className="guide__meta">
        {t('guides.feedback.counts', { helpful: guide.feedback.helpful, notHelpful: guide.feedback.notHelpful })}
      </p>
      <Status message={status} />
      <form className="form" onSubmit={onSubmit(send)}>
        <FormError error={error} />
        <fieldset className="choice-group">
          <legend className="visually-hidden">{t('guides.feedback.title')}</legend>
          <div className="choice-group__choices">
            {[true, false].map((value) => (
              <label key={String(value)} className="choice">
                <input
                  type="radio"
                  name={`${groupId}-helpful`}
                  checked={helpful === value}
                  onChange={() => setHelpful(value)}
                />{' '}
                {value ? t('guides.feedback.helpful') : t('guides.feedback.notHelpful')}
              </label>
            ))}
          </div>
        </fieldset>
        <FormField
          label={t('guides.feedback.comment')}
          hint={t('guides.feedback.commentHint')}
          error={finding ? personalDataMessage(finding.kind) : error?.fieldMessage('comment')}
        >
          {(control) => (
            <textarea
              className="field__input"
              rows={3}
              maxLength={1000}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
              {...control}
            />
          )}
        </FormField>
        <Button type="submit" pending={pending} disabled={helpful === undefined || Boolean(finding)}>
          {t('guides.feedback.send')}
        </Button>
      </form>
    </section>
  );
}
