/**
 * Whether this pane can offer a file to save (a download link to a Blob). Office on the web and
 * Office for Windows with its Edge (Chromium) webview save it like a browser; Office on a Mac or
 * an iPad (WKWebView) does nothing with such a link, which Microsoft closed as by design
 * (office-js issue 2700, also 3385); the older Edge webview (EdgeHTML) offers no download either
 * (office-js issue 1006). There the report goes on a sheet instead.
 */
export function canOfferFiles(): boolean {
  if (typeof Office !== 'undefined' && Office.context) {
    const platform = String(Office.context.platform ?? '');
    if (platform === 'Mac' || platform === 'iOS') return false;
  }
  if (/\bEdge\/\d/.test(navigator.userAgent)) return false;
  return typeof URL.createObjectURL === 'function' && 'download' in document.createElement('a');
}
