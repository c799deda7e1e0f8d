/** The add-in's version from package.json, put in by webpack at build time. */
declare const __APP_VERSION__: string;

interface Window {
  /** Set once the pane's script has loaded; taskpane.html shows its "could not start" message when it is not. */
  partneringPaneStarted?: boolean;
}
