import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers, FlowDefinition } from '@digihjaelp/contract';
import { nextQuestion, recommend, visibleQuestions } from '@digihjaelp/triage';
import { Button } from '../../../ui/button';
import { QuestionList } from '../question-list';
import { RecommendationPanel } from '../recommendation-panel';

/** Answer the draft flow as the counter would, before it is saved. */
export function FlowPreview({ categoryKey, definition }: { categoryKey: string; definition: FlowDefinition }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Answers>({});
  const complete = !nextQuestion(definition, answers);
  return (
    <section className="flow-preview" aria-labelledby="flow-preview-title">
      <h2 id="flow-preview-title">{t('flowEditor.previewTitle')}</h2>
      <Button variant="secondary" onClick={() => setAnswers({})}>
        {t('flowEditor.previewReset')}
      </Button>
      <QuestionList
        flow={definition}
        answers={answers}
        focusActive={false}
        onAnswer={(id, value) =>
          setAnswers((previous) => visibleQuestions(definition, { ...previous, [id]: value }).answers)
        }
      />
      {complete && (
        <RecommendationPanel
          recommendation={recommend(
            { categoryKey, version: 0, definition },
            { key: categoryKey, urgent: false },
            answers,
          )}
        />
      )}
    </section>
  );
}
