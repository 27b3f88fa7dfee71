import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers, AnswerValue, FlowDefinition } from '@digihjaelp/contract';
import { allowedValues, answerLabel, visibleQuestions } from '@digihjaelp/triage';

interface QuestionListProps {
  flow: FlowDefinition;
  answers: Answers;
  onAnswer: (questionId: string, value: AnswerValue) => void;
  /** Move focus to the question being asked (the counter screen); off in the editor's preview. */
  focusActive?: boolean;
}

/**
 * The questions asked so far and the one being asked now, each with big answer buttons. Earlier
 * answers can be changed at any time; later questions appear only when they become relevant.
 */
export function QuestionList({ flow, answers, onAnswer, focusActive = true }: QuestionListProps) {
  const { t } = useTranslation();
  const { questions, answers: counted } = visibleQuestions(flow, answers);
  const activeIndex = questions.findIndex((question) => counted[question.id] === undefined);
  const shown = activeIndex === -1 ? questions : questions.slice(0, activeIndex + 1);
  const activeRef = useRef<HTMLFieldSetElement>(null);
  const activeId = questions[activeIndex]?.id;

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus follows the question being asked, so its id is the trigger
  useEffect(() => {
    if (focusActive) activeRef.current?.focus();
  }, [activeId, focusActive]);

  return (
    <section className="triage-step" aria-labelledby="triage-questions-title">
      <h2 id="triage-questions-title">{t('triage.questionsTitle')}</h2>
      <p className="field__hint">{t('triage.shortcutsHint')}</p>
      <ol className="questions">
        {shown.map((question, index) => {
          const active = index === activeIndex;
          return (
            <li key={question.id}>
              <fieldset
                ref={active ? activeRef : undefined}
                tabIndex={active ? -1 : undefined}
                className={['question', active ? 'question--active' : ''].join(' ')}
              >
                <legend className="question__text">{question.text}</legend>
                {question.help && <p className="question__help">{question.help}</p>}
                <div className="answer-buttons">
                  {allowedValues(question).map((value, valueIndex) => (
                    <button
                      key={String(value)}
                      type="button"
                      className="answer-button"
                      aria-pressed={counted[question.id] === value}
                      onClick={() => onAnswer(question.id, value)}
                    >
                      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: the kbd is not focusable; it hides the shortcut digit from the button's name */}
                      <kbd aria-hidden="true">{valueIndex + 1}</kbd>
                      <span>{answerLabel(question, value)}</span>
                    </button>
                  ))}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
