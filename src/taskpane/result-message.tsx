import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** What a piece of work ended with, said in words. */
export interface Outcome {
  intent: 'success' | 'warning' | 'error' | 'info';
  title?: string;
  text: string;
}

export function ResultMessage({ outcome }: { outcome: Outcome | undefined }) {
  if (!outcome) return null;
  return (
    <MessageBar intent={outcome.intent} layout="multiline" role={outcome.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>
        {outcome.title && <MessageBarTitle>{outcome.title}</MessageBarTitle>}
        {outcome.text}
      </MessageBarBody>
    </MessageBar>
  );
}

/** A failed piece of work as the person reads it: HostError messages are already plain words. */
export function failure(error: unknown, title: string): Outcome {
  return { intent: 'error', title, text: error instanceof Error ? error.message : String(error) };
}
