import { Button, Field, Input, Radio, RadioGroup, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { WorkbookData } from '../data';
import { paneText } from '../domain/strings/en/pane';
import { raterSides } from '../domain/strings/en/workbook';
import type { Side } from '../forms/returned-form';
import type { FormsImport, WorkbookGateway } from './excel-gateway';
import { fileBytes } from './file-bytes';
import { PerceptionGap } from './perception-gap';
import { failure, ResultMessage, type Outcome } from './result-message';
import { useWork } from './use-work';
import { saveLinkStyle } from './shared-styles';

const text = paneText.raters;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Task = 'add' | 'form' | 'import' | 'gap';
const SPINNER_LABELS: Record<Exclude<Task, 'gap'>, string> = { add: text.adding, form: text.making, import: text.importing };

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  file: { maxWidth: '100%', fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  save: saveLinkStyle,
});

interface Props {
  gateway: WorkbookGateway;
  data: WorkbookData | undefined;
  /** Called after work that changed the workbook, so the pane reads it again. */
  onChanged: () => Promise<void>;
}

/**
 * The joint assessment: raters added in the shared workbook, rater forms made to send and imported
 * when they come back, and the perception gap per principle from the workbook's ratings.
 */
export function RatersTab({ gateway, data, onChanged }: Props) {
  const styles = useStyles();
  const work = useWork();
  const [name, setName] = useState('');
  const [side, setSide] = useState<Side>(raterSides.ours);
  const [doing, setDoing] = useState<Task>('add');
  const [outcomes, setOutcomes] = useState<Partial<Record<Task, Outcome>>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [file, setFile] = useState<{ name: string; url: string }>();
  const saveLink = useRef<HTMLAnchorElement>(null);

  useEffect(() => () => { if (file) URL.revokeObjectURL(file.url); }, [file]);
  useEffect(() => { if (file) saveLink.current?.focus(); }, [file]);

  const act = async (which: Task, task: () => Promise<Outcome>) => {
    setOutcomes({});
    setProblems([]);
    setFile(undefined);
    setDoing(which);
    try {
      const outcome = await work.run(task);
      setOutcomes({ [which]: outcome });
    } catch (error) {
      setOutcomes({ [which]: failure(error, paneText.workbook.errorTitle) });
    }
  };

  const add = () => act('add', async () => {
    const added = await gateway.addRater(name, side);
    await onChanged();
    return { intent: 'success', text: text.added(added.rater, added.side, added.rows, added.sheet) };
  });

  const makeForm = () => act('form', async () => {
    const made = await gateway.makeRaterForm(name, side);
    if (made.kind === 'opened') return { intent: 'success', text: text.formOpened(name.trim()) };
    if (made.kind === 'nowhere') return { intent: 'warning', text: text.formNowhere };
    setFile({ name: made.name, url: URL.createObjectURL(new Blob([made.bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE })) });
    return made.notOpened ? { intent: 'warning', text: text.formNotOpened(made.name) } : { intent: 'success', text: text.formReady(made.name) };
  });

  const importForms = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const picked = Array.from(input.files ?? []);
    if (picked.length === 0) return;
    void act('import', async () => {
      const files = await Promise.all(picked.map(async (f) => ({ name: f.name, bytes: await fileBytes(f) })));
      // The same files may be picked again after a correction, which a picker reports only as a change.
      input.value = '';
      const imported = await gateway.importForms(files);
      if (imported.merged.length > 0) await onChanged();
      setProblems(problemsOf(imported));
      return importOutcome(imported);
    });
  };

  // A read that fails is said by the pane's own message (app.tsx): nothing to say here.
  const refreshGap = async () => {
    setDoing('gap');
    await work.run(onChanged);
  };

  const status = (which: Exclude<Task, 'gap'>) => (
    <>
      {work.slow && doing === which && <Spinner size="small" label={SPINNER_LABELS[which]} />}
      <ResultMessage outcome={outcomes[which]} />
    </>
  );

  return (
    <div className={styles.tab}>
      <Text>{text.intro}</Text>
      <section className={styles.section} aria-labelledby="rater-section">
        <Text as="h2" id="rater-section" size={400} weight="semibold" className={styles.heading}>{text.addSection}</Text>
        <Text>{text.addIntro}</Text>
        <Field label={text.name}>
          <Input value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        <Field label={text.side}>
          <RadioGroup layout="horizontal" value={side} onChange={(_, d) => setSide(d.value as Side)}>
            <Radio value={raterSides.ours} label={text.sideOurs} />
            <Radio value={raterSides.partner} label={text.sidePartner} />
          </RadioGroup>
        </Field>
        <div className={styles.buttons}>
          <Button appearance="primary" disabled={work.busy} onClick={add}>{text.add}</Button>
          <Button disabled={work.busy} onClick={makeForm}>{text.makeForm}</Button>
        </div>
        <Text size={200}>{text.formPlatforms}</Text>
        {status('add')}
        {status('form')}
        {file && <a ref={saveLink} className={styles.save} href={file.url} download={file.name}>{text.saveForm(file.name)}</a>}
      </section>
      <section className={styles.section} aria-labelledby="forms-section">
        <Text as="h2" id="forms-section" size={400} weight="semibold" className={styles.heading}>{text.formSection}</Text>
        <Text>{text.formIntro}</Text>
        <label htmlFor="returned-forms"><Text weight="semibold">{text.importForms}</Text></label>
        <input id="returned-forms" className={styles.file} type="file" multiple accept={`.xlsx,${XLSX_TYPE}`} disabled={work.busy} onChange={importForms} />
        {status('import')}
        {problems.length > 0 && (
          <>
            <Text as="h3" size={300} weight="semibold" className={styles.heading} id="import-problems">{text.importProblems}</Text>
            <ul className={styles.problems} aria-labelledby="import-problems">
              {problems.map((problem, i) => <li key={i}><Text>{problem}</Text></li>)}
            </ul>
          </>
        )}
      </section>
      <PerceptionGap data={data} onRefresh={refreshGap} work={work} refreshing={doing === 'gap'} />
    </div>
  );
}

function problemsOf(imported: FormsImport): string[] {
  return [...imported.unreadable.map((u) => text.unreadable(u.file, u.why)), ...imported.refused, ...imported.invalid];
}

/** Says what was written and read back; what was left out is listed below it. */
function importOutcome(imported: FormsImport): Outcome {
  const rows = imported.merged.reduce((sum, m) => sum + m.rows, 0);
  const replaced = imported.merged.reduce((sum, m) => sum + m.replaced, 0);
  const leftOut = imported.unreadable.length + imported.refused.length + imported.invalid.length > 0;
  if (imported.unreadable.length > 0) return { intent: 'error', text: text.importStopped };
  if (imported.merged.length === 0) return { intent: 'error', text: text.importNothing };
  const said = [text.importDone(rows, imported.merged.length), ...(replaced > 0 ? [text.importReplaced(replaced)] : [])].join(' ');
  return { intent: leftOut ? 'warning' : 'success', text: said };
}
