'use strict';
/** Where the add-in's files are served from; every manifest URL starts with it. */
const DEV_BASE_URL = 'https://localhost:3000/';

function addinBaseUrl(env = process.env) {
  const raw = env.ADDIN_BASE_URL || DEV_BASE_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: "${raw}". Give the full address, e.g. https://addin.example.org/partnering/`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`ADDIN_BASE_URL must start with https:// (Office loads add-ins only over HTTPS), found "${raw}".`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** The manifest as served from `baseUrl`: every development URL replaced. */
function manifestFor(xml, baseUrl) {
  return xml.split(DEV_BASE_URL).join(baseUrl);
}

module.exports = { DEV_BASE_URL, addinBaseUrl, manifestFor };
