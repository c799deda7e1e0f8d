/**
 * Ribbon function commands. Office loads commands.html in a hidden page and calls these by the
 * names the manifest gives (`<FunctionName>`).
 */
import { runCheckEntries } from './check-entries';

Office.onReady(() => {
  Office.actions.associate('checkEntries', (event: Office.AddinCommands.Event) => {
    runCheckEntries().finally(() => event.completed());
  });
});
