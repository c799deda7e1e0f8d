import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { paneText } from '../domain/strings/en/pane';

const text = paneText.workbook.newClient;

const useStyles = makeStyles({
  paragraph: { margin: `0 0 ${tokens.spacingVerticalS} 0` },
});

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onConfirm: () => void;
  /** Called once the dialog has closed and its fade-out is over, so its content has left the page. */
  onGone: () => void;
}

/** Rendered inside the dialog's surface, which Fluent removes after the fade-out: says when that happened. */
function GoneAfterFade({ onGone }: { onGone: () => void }) {
  const latest = useRef(onGone);
  useEffect(() => { latest.current = onGone; });
  useEffect(() => () => latest.current(), []);
  return null;
}

/** Asks before a new client's start clears this one's entries: Cancel has the focus, as the safe choice. */
export function NewClientDialog({ open, onOpenChange, onConfirm, onGone }: Props) {
  const styles = useStyles();
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => onOpenChange(d.open)}>
      <DialogSurface aria-describedby="new-client-caution">
        <DialogBody>
          <DialogTitle>{text.confirmTitle}</DialogTitle>
          <DialogContent>
            <p className={styles.paragraph}>{text.kept}</p>
            <p className={styles.paragraph}>{text.cleared}</p>
            <p className={styles.paragraph} id="new-client-caution"><strong>{text.caution}</strong></p>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button autoFocus>{text.cancel}</Button>
            </DialogTrigger>
            <Button appearance="primary" onClick={onConfirm}>{text.confirm}</Button>
          </DialogActions>
        </DialogBody>
        <GoneAfterFade onGone={onGone} />
      </DialogSurface>
    </Dialog>
  );
}
