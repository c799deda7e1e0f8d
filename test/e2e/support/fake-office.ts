/**
 * Browser entry for e2e tests: an Excel host made of the fake Excel object model, put on window
 * before the pane's scripts run. `window.__fakeExcel` lets a test act as the person at the sheet.
 */
import { createFakeExcel, FakeOfficeError, type FakeExcel, type FakeRunFirst } from '../../host/fake-excel';

/** Set by a test with page.addInitScript before this script runs. */
export interface FakeOfficeOptions {
  darkTheme?: boolean;
  /** The newest ExcelApi requirement set this Excel has, as Office 2019 has 1.8; every one when absent. */
  excelApi?: string;
  /** Office's display language, as Office.context.displayLanguage gives it ("de-DE"). */
  displayLanguage?: string;
  /** An Office whose document refuses OfficeThemeChanged (the event is documented for Outlook only). */
  noThemeEvent?: boolean;
  /** The workbook already has our sheets (created by the add-in before), as when a person opens the pane again. */
  created?: boolean;
  /** Office.context.platform ("OfficeOnline" when absent; "Mac" for Office on a Mac, whose pane cannot save files). */
  platform?: string;
  /** Excel.createWorkbook fails as Excel on the web's has at times, with an internal error (office-js issue 3646). */
  createWorkbookFails?: boolean;
}

declare global {
  interface Window {
    __fakeExcel: FakeExcel;
    __fakeOfficeOptions?: FakeOfficeOptions;
    /** Milliseconds each Excel.run waits before it starts, as a slow workbook or connection would. */
    __fakeExcelDelayMs?: number;
    /** What the pages asked of Office's dialog and command APIs, in order. */
    __officeCalls: string[];
    /** Function commands by the name commands.ts gave Office.actions.associate. */
    __officeActions: Record<string, (event: { completed: () => void }) => unknown>;
    /** The dialogs opened, each able to act as Office does when its page or the person closes it. */
    __officeDialogs: FakeDialog[];
    /** Switches Office's theme as the person would in Office's settings, raising OfficeThemeChanged to the handlers added. */
    __setOfficeTheme: (dark: boolean) => void;
  }
}

/** A dialog as the function command's page sees it; `message` and `event` play what Office raises. */
export interface FakeDialog {
  url: string;
  message(text: string): void;
  event(code: number): void;
}

const fake = createFakeExcel({ excelApi: window.__fakeOfficeOptions?.excelApi });
const scope = window as unknown as Record<string, unknown>;
window.__fakeExcel = fake;
window.__officeCalls = [];
window.__officeActions = {};
window.__officeDialogs = [];
const record = (call: string) => window.__officeCalls.push(call);

type Handler = (arg: { message?: string; error?: number }) => void;
function displayDialogAsync(url: string, _options: unknown, callback: (result: { status: string; value: unknown }) => void) {
  record('displayDialogAsync');
  const handlers: Record<string, Handler> = {};
  const dialog = {
    addEventHandler: (type: string, handler: Handler) => { handlers[type] = handler; },
    close: () => record('dialog.close'),
  };
  window.__officeDialogs.push({
    url,
    message: (text) => handlers.dialogMessageReceived?.({ message: text }),
    event: (code) => handlers.dialogEventReceived?.({ error: code }),
  });
  setTimeout(() => callback({ status: 'succeeded', value: dialog }), 0);
}

const themeColours = (dark: boolean) => ({ isDarkTheme: dark, bodyBackgroundColor: dark ? '#262626' : '#FFFFFF' });
const officeTheme = themeColours(window.__fakeOfficeOptions?.darkTheme === true);
type ThemeHandler = (args: { type: string; officeTheme: typeof officeTheme }) => void;
const themeHandlers: ThemeHandler[] = [];
function addHandlerAsync(type: string, handler: ThemeHandler, callback?: (result: { status: string }) => void) {
  record(`addHandlerAsync ${type}`);
  const known = type === 'officeThemeChanged' && window.__fakeOfficeOptions?.noThemeEvent !== true;
  if (known) themeHandlers.push(handler);
  setTimeout(() => callback?.({ status: known ? 'succeeded' : 'failed' }), 0);
}

scope.Office = {
  HostType: { Excel: 'Excel' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived', OfficeThemeChanged: 'officeThemeChanged' },
  // As office.js: calls the callback, if given, and resolves, with the same information.
  onReady: (callback?: (info: unknown) => void) => {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    callback?.(info);
    return Promise.resolve(info);
  },
  actions: { associate: (name: string, action: (event: { completed: () => void }) => unknown) => { window.__officeActions[name] = action; } },
  context: {
    requirements: {
      isSetSupported: (name: string, version = '1.1') => {
        const newest = window.__fakeOfficeOptions?.excelApi;
        if (name !== 'ExcelApi' || newest === undefined) return true;
        const [major, minor] = version.split('.').map(Number);
        const [hasMajor, hasMinor] = newest.split('.').map(Number);
        return major < hasMajor || (major === hasMajor && minor <= hasMinor);
      },
    },
    officeTheme,
    displayLanguage: window.__fakeOfficeOptions?.displayLanguage ?? 'en-US',
    platform: window.__fakeOfficeOptions?.platform ?? 'OfficeOnline',
    document: { addHandlerAsync },
    ui: { displayDialogAsync },
  },
};
window.__setOfficeTheme = (dark) => {
  // As Office does: the object the add-in holds changes in place, and each handler hears of it.
  Object.assign(officeTheme, themeColours(dark));
  themeHandlers.forEach((handler) => handler({ type: 'officeThemeChanged', officeTheme }));
};
// A workbook created before the pane opens: the pane's first batch waits for it. The modules are
// evaluated only then (webpack's eager mode keeps them in this one script), since evaluating the
// schema here would run before the pane adds the built-ins an older-webview test has taken away.
async function createBeforeThePane(): Promise<void> {
  const [{ createWorkbook }, { workbookSchema }] = await Promise.all([
    import(/* webpackMode: "eager" */ '../../../src/excel/create'),
    import(/* webpackMode: "eager" */ '../../../src/schema/workbook'),
  ]);
  await fake.run((context) => createWorkbook(context, workbookSchema, { workbookId: '5f0c3c1e-2b7a-4c3d-9e1f-0a1b2c3d4e5f' }, undefined, () => true));
}
const created = window.__fakeOfficeOptions?.created ? createBeforeThePane() : Promise.resolve();
const delay = () => created.then(() => new Promise((resolve) => setTimeout(resolve, window.__fakeExcelDelayMs ?? 0)));
type Batch<T> = (context: Excel.RequestContext) => Promise<T>;
scope.Excel = {
  // As Office.js: Excel.run(batch), or Excel.run(options or an earlier context, batch).
  run: async <T>(first: FakeRunFirst | Batch<T>, batch?: Batch<T>): Promise<T> => {
    await delay();
    return batch ? fake.run(first as FakeRunFirst, batch) : fake.run(first as Batch<T>);
  },
  createWorkbook: (base64?: string) => (window.__fakeOfficeOptions?.createWorkbookFails
    ? Promise.reject(new FakeOfficeError('GeneralException', 'There was an internal error while processing the request.'))
    : fake.createWorkbook(base64)),
};
