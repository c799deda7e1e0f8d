/**
 * Ribbon function commands. Office loads commands.html in a hidden page and calls these by the
 * names the manifest gives (`<FunctionName>`).
 */
import '../taskpane/builtins-for-older-edge';
import { checkEntriesCommand } from './check-entries';

Office.onReady(() => {
  Office.actions.associate('checkEntries', (event: Office.AddinCommands.Event) => checkEntriesCommand(event));
});
