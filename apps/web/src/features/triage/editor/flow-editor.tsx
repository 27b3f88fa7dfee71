import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  flowDefinitionSchema,
  triageRoutes,
  type FieldIssue,
  type FlowDefinition,
  type FlowQuestion,
  type FlowRule,
} from '@digihjaelp/contract';
import { request } from '../../../api';
import { Button } from '../../../ui/button';
import { Loading } from '../../../ui/loading';
import { useTriageFlows } from '../../../queries/reference-data';
import { usePublishedGuides } from '../../guides/use-published-guides';
import { LoadError } from '../../../ui/loaded';
import { Alert, Status } from '../../../ui/messages';
import { SelectField } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import { useSubmission } from '../../../ui/use-submission';
import { blankCondition, OptionalCondition } from './condition-editor';
import { useProblemText } from './editor-section';
import { FlowOutline, revealFlowItem } from './flow-outline';
import { FlowPreview } from './flow-preview';
import { flowItemAnchor, placeFlowProblem, type FlowProblem } from './flow-problems';
import { moveItem } from './item-controls';
import { QuestionEditor } from './question-editor';
import { RuleEditor } from './rule-editor';
import { VersionHistory } from './version-history';
import '../triage.css';

interface CheckOutcome {
  ok: boolean;
  problems: FieldIssue[];
  pathCount: number;
}

/**
 * Leads and admins edit a category's flow as a form, run the static check, preview it by
 * answering it, and save it as a new version; every earlier version stays in the history.
 */
export function FlowEditor() {
  const { t } = useTranslation();
  const flows = useTriageFlows();
  const publishedGuides = usePublishedGuides();
  const [categoryKey, setCategoryKey] = useState<string>();
  const [draft, setDraft] = useState<FlowDefinition>();
  const [check, setCheck] = useState<CheckOutcome>();
  const [saved, setSaved] = useState<string>();
  const submission = useSubmission();
  const problemText = useProblemText();
  /** Anchors of the sections the lead folded away; the rest stay open. */
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const problemSummary = useRef<HTMLDivElement>(null);

  const current = flows.data?.find((flow) => flow.categoryKey === categoryKey) ?? flows.data?.[0];
  // biome-ignore lint/correctness/useExhaustiveDependencies: the draft restarts when another flow or version arrives, not when a refetch returns an equal copy
  useEffect(() => {
    if (current) {
      setDraft(structuredClone(current.definition));
      setCheck(undefined);
    }
  }, [current?.categoryKey, current?.version]);

  const problems: FlowProblem[] =
    check && !check.ok && draft ? check.problems.map((problem) => placeFlowProblem(problem, draft)) : [];
  const anchorOf = (problem: FlowProblem) =>
    problem.place.list === 'flow' ? undefined : flowItemAnchor(problem.place.list, problem.place.index);
  const invalidAnchors = new Set(problems.flatMap((problem) => anchorOf(problem) ?? []));
  const firstProblem = problems[0];
  const firstProblemAnchor = firstProblem && anchorOf(firstProblem);
  // After a failed check, focus goes to the first problem: its field, or the list of problems.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new check result is the trigger; the anchor is read from it
  useEffect(() => {
    if (!check || check.ok) return;
    if (firstProblemAnchor) revealFlowItem(firstProblemAnchor, 'invalidField');
    else problemSummary.current?.focus();
  }, [check]);

  if (flows.error) return <LoadError error={flows.error} onRetry={flows.refetch} />;
  if (publishedGuides.error) return <LoadError error={publishedGuides.error} onRetry={publishedGuides.refetch} />;
  if (!flows.data || !publishedGuides.data || !current || !draft) return <Loading />;

  const update = (changes: Partial<FlowDefinition>) => {
    setDraft({ ...draft, ...changes });
    setCheck(undefined);
    setSaved(undefined);
  };
  const setQuestion = (index: number, question: FlowQuestion) =>
    update({ questions: draft.questions.map((q, i) => (i === index ? question : q)) });
  const sectionToggle = (anchor: string) => ({
    open: !collapsed.has(anchor),
    onToggle: (open: boolean) =>
      setCollapsed((current) => {
        if (open !== current.has(anchor)) return current;
        const next = new Set(current);
        if (open) next.delete(anchor);
        else next.add(anchor);
        return next;
      }),
  });
  const problemsAt = (list: 'questions' | 'rules', index: number) =>
    problems.filter((problem) => problem.place.list === list && problem.place.index === index);
  const setRule = (index: number, rule: FlowRule) =>
    update({ rules: draft.rules.map((r, i) => (i === index ? rule : r)) });
  const previewable = flowDefinitionSchema.safeParse(draft);

  const runCheck = () =>
    submission.run(async () => {
      setCheck((await request(triageRoutes.check, { body: { definition: draft } })).data);
    });
  const save = () =>
    submission.run(async () => {
      const result = (await request(triageRoutes.check, { body: { definition: draft } })).data;
      setCheck(result);
      if (!result.ok) return;
      const response = await request(triageRoutes.saveVersion, {
        params: { categoryKey: current.categoryKey },
        body: { definition: draft },
      });
      setSaved(t('flowEditor.saved', { version: response.data.version }));
    });

  return (
    <div className="flow-editor">
      <SelectField
        label={t('flowEditor.category')}
        options={flows.data.map((flow) => ({
          value: flow.categoryKey,
          label: `${flow.definition.title} (v${flow.version})`,
        }))}
        value={current.categoryKey}
        onChange={(event) => {
          setCategoryKey(event.target.value);
          setSaved(undefined);
        }}
      />
      <VersionHistory
        key={current.categoryKey}
        categoryKey={current.categoryKey}
        onOpen={(definition) => {
          setDraft(structuredClone(definition));
          setCheck(undefined);
        }}
      />

      <div className="two-columns two-columns--wide-first">
        <form className="flow-editor__form" onSubmit={(event) => event.preventDefault()}>
          <h2>{t('flowEditor.formTitle')}</h2>
          <TextField
            label={t('flowEditor.title')}
            value={draft.title}
            onChange={(event) => update({ title: event.target.value })}
          />
          <SelectField
            label={t('flowEditor.involvesLogin')}
            hint={t('flowEditor.involvesLoginHint')}
            options={(['always', 'never', 'when'] as const).map((value) => ({
              value,
              label: t(`flowEditor.login.${value}`),
            }))}
            value={draft.involvesLogin === true ? 'always' : draft.involvesLogin === false ? 'never' : 'when'}
            onChange={(event) =>
              update({
                involvesLogin:
                  event.target.value === 'always'
                    ? true
                    : event.target.value === 'never'
                      ? false
                      : blankCondition('is', draft.questions),
              })
            }
          />
          {typeof draft.involvesLogin !== 'boolean' && (
            <OptionalCondition
              label={t('flowEditor.login.when')}
              condition={draft.involvesLogin}
              questions={draft.questions}
              onChange={(condition) => update({ involvesLogin: condition ?? false })}
            />
          )}

          <FlowOutline
            draft={draft}
            invalid={invalidAnchors}
            onExpandAll={(open) =>
              setCollapsed(
                open
                  ? new Set()
                  : new Set([
                      ...draft.questions.map((_, index) => flowItemAnchor('questions', index)),
                      ...draft.rules.map((_, index) => flowItemAnchor('rules', index)),
                    ]),
              )
            }
          />

          <h3>{t('flowEditor.questionsTitle')}</h3>
          {draft.questions.map((question, index) => (
            <QuestionEditor
              // biome-ignore lint/suspicious/noArrayIndexKey: edits replace the item, so only its place is stable (an object key would remount the fields on each keystroke); the fields are controlled
              key={index}
              question={question}
              index={index}
              count={draft.questions.length}
              earlier={draft.questions.slice(0, index)}
              onChange={(changed) => setQuestion(index, changed)}
              onMove={(to) => update({ questions: moveItem(draft.questions, index, to) })}
              onRemove={() => update({ questions: draft.questions.filter((_, i) => i !== index) })}
              problems={problemsAt('questions', index)}
              {...sectionToggle(flowItemAnchor('questions', index))}
            />
          ))}
          <Button
            variant="secondary"
            onClick={() =>
              update({
                questions: [
                  ...draft.questions,
                  { id: `spoergsmaal-${draft.questions.length + 1}`, text: '', kind: 'yesNo' },
                ],
              })
            }
          >
            {t('flowEditor.addQuestion')}
          </Button>

          <h3>{t('flowEditor.rulesTitle')}</h3>
          <p className="field__hint">{t('flowEditor.rulesHint')}</p>
          {draft.rules.map((rule, index) => (
            <RuleEditor
              // biome-ignore lint/suspicious/noArrayIndexKey: edits replace the item, so only its place is stable (an object key would remount the fields on each keystroke); the fields are controlled
              key={index}
              rule={rule}
              index={index}
              count={draft.rules.length}
              questions={draft.questions}
              guides={publishedGuides.data}
              onChange={(changed) => setRule(index, changed)}
              onMove={(to) => update({ rules: moveItem(draft.rules, index, to) })}
              onRemove={() => update({ rules: draft.rules.filter((_, i) => i !== index) })}
              problems={problemsAt('rules', index)}
              {...sectionToggle(flowItemAnchor('rules', index))}
            />
          ))}
          <Button
            variant="secondary"
            onClick={() => update({ rules: [...draft.rules, { id: `regel-${draft.rules.length + 1}`, reason: '' }] })}
          >
            {t('flowEditor.addRule')}
          </Button>

          <div className="flow-editor__actions">
            <Button variant="secondary" pending={submission.pending} onClick={() => void runCheck()}>
              {t('flowEditor.check')}
            </Button>
            <Button pending={submission.pending} onClick={() => void save()}>
              {t('flowEditor.save')}
            </Button>
          </div>
          <Alert message={submission.error?.message} />
          <Status message={saved ?? (check?.ok ? t('flowEditor.checkOk', { paths: check.pathCount }) : undefined)} />
          {check && !check.ok && (
            <div role="alert" className="message message--error" ref={problemSummary} tabIndex={-1}>
              <p>{t('flowEditor.checkFailed', { count: check.problems.length })}</p>
              <ul>
                {problems.map((problem, index) => {
                  const anchor = anchorOf(problem);
                  const text = problemText(problem);
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced as a whole by each check
                    <li key={index}>
                      {anchor ? (
                        <a
                          href={`#${anchor}`}
                          onClick={(event) => {
                            event.preventDefault();
                            revealFlowItem(anchor, 'invalidField');
                          }}
                        >
                          {text}
                        </a>
                      ) : (
                        text
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
        </form>
        <div className="flow-editor__preview">
          {previewable.success ? (
            <FlowPreview
              key={JSON.stringify(previewable.data)}
              categoryKey={current.categoryKey}
              definition={previewable.data}
            />
          ) : (
            <p className="counter-screen__waiting">{t('flowEditor.previewUnavailable')}</p>
          )}
        </div>
      </div>
    </div>
  );
}
