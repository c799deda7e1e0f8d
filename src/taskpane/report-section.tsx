import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { reportText } from '../domain/strings/en/report';
import { paneText } from '../domain/strings/en/pane';
import type { WorkbookGateway } from './excel-gateway';
import { failure, ResultMessage, type Outcome } from './result-message';
import type { Work } from './use-work';
import { saveLinkStyle } from './shared-styles';

const text = reportText.pane;
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  save: saveLinkStyle,
});

interface Props {
  gateway: WorkbookGateway;
  /** The tab's one piece of work at a time, shared with its other buttons. */
  work: Work;
}

/**
 * Create report: the .docx made in the pane and offered as a link to save, which a person clicks
 * (a download started by the pane itself, after the work, is no longer the person's own click);
 * where the pane cannot offer files, the Report sheet is written instead and the message says how
 * to print it.
 */
export function ReportSection({ gateway, work }: Props) {
  const styles = useStyles();
  const [outcome, setOutcome] = useState<Outcome>();
  const [file, setFile] = useState<{ name: string; url: string }>();
  const saveLink = useRef<HTMLAnchorElement>(null);
  const [working, setWorking] = useState(false);

  useEffect(() => () => { if (file) URL.revokeObjectURL(file.url); }, [file]);
  useEffect(() => { if (file) saveLink.current?.focus(); }, [file]);

  const create = async () => {
    setOutcome(undefined);
    setFile(undefined);
    setWorking(true);
    try {
      const made = await work.run(() => gateway.createReport());
      if (made.kind === 'file') {
        const url = URL.createObjectURL(new Blob([made.bytes as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE }));
        setFile({ name: made.name, url });
        setOutcome({ intent: 'success', text: text.ready(made.name) });
      } else {
        setOutcome({ intent: 'success', text: text.sheetWritten(made.sheet) });
      }
    } catch (error) {
      setOutcome(failure(error, paneText.workbook.errorTitle));
    } finally {
      setWorking(false);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="report-section">
      <Text as="h2" id="report-section" size={400} weight="semibold" className={styles.heading}>{text.heading}</Text>
      <Text>{text.intro}</Text>
      <Button disabled={work.busy} onClick={create}>{text.create}</Button>
      {work.slow && working && <Spinner size="small" label={text.creating} />}
      <ResultMessage outcome={outcome} />
      {file && <a ref={saveLink} className={styles.save} href={file.url} download={file.name}>{text.save(file.name)}</a>}
    </section>
  );
}
