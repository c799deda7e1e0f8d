import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { messages } from '../domain/strings/en/messages';
import type { HostStatus } from './host-status';

const useStyles = makeStyles({
  pane: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' },
});

export function App({ status }: { status: HostStatus }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.pane}>
        <header className={styles.header}>
          <Text as="h1" size={400} weight="semibold">
            {messages.appName}
          </Text>
          <Text size={200}>v{__APP_VERSION__}</Text>
        </header>
        {status === 'outside-office' && <Notice {...messages.outsideOffice} />}
        {status === 'old-excel' && <Notice {...messages.oldExcel} />}
      </main>
    </FluentProvider>
  );
}

function Notice({ title, body }: { title: string; body: string }) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {body}
      </MessageBarBody>
    </MessageBar>
  );
}
