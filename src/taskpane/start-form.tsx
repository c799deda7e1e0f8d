import { Button, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { paneText } from '../domain/strings/en/pane';
import type { Column } from '../schema/columns';
import { listNamed } from '../schema/lists';
import { startInputs } from '../schema/workbook';
import { choiceDescription } from './start-choices';

const text = paneText.workbook;
const askedAtCreate = startInputs.filter((s) => s.askedAtCreate).map((s) => s.input);

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  dropdown: { minWidth: 0, width: '100%' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

/** What the add-in builds, and the details asked before the workbook is created, each as the Start sheet will hold it. */
export function StartForm({ disabled, onCreate }: { disabled: boolean; onCreate: (start: Record<string, string>) => void }) {
  const styles = useStyles();
  const [start, setStart] = useState<Record<string, string>>({});
  const set = (key: string) => (value: string) => setStart((s) => ({ ...s, [key]: value }));
  const hints: Partial<Record<string, string>> = text.hints;
  const field = (input: Column) => {
    const value = start[input.key] ?? '';
    const list = input.list === undefined ? undefined : listNamed(input.list);
    const hint = list && (choiceDescription(list, value) ?? hints[input.key]);
    return (
      <Field key={input.key} label={input.header} hint={hint}>
        {list === undefined
          ? <Input value={value} onChange={(_, d) => set(input.key)(d.value)} />
          : (
            <Select className={styles.dropdown} value={value} onChange={(_, d) => set(input.key)(d.value)}>
              <option value="">{text.choose}</option>
              {list.values.map(String).map((option) => <option key={option} value={option}>{option}</option>)}
            </Select>
          )}
      </Field>
    );
  };
  return (
    <>
      <section className={styles.section} aria-labelledby="steps-heading">
        {text.about.map((line) => <Text key={line}>{line}</Text>)}
        <h2 id="steps-heading" className={styles.heading}>{text.stepsHeading}</h2>
        <ol className={styles.steps}>
          {text.steps.map((step) => <li key={step}><Text>{step}</Text></li>)}
        </ol>
      </section>
      <form className={styles.form} onSubmit={(e) => { e.preventDefault(); onCreate(start); }}>
        <Text>{text.createIntro}</Text>
        {askedAtCreate.map(field)}
        <Button appearance="primary" type="submit" disabled={disabled}>{text.create}</Button>
      </form>
    </>
  );
}
