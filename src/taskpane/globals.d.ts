/** The add-in's version from package.json, put in by webpack at build time. */
declare const __APP_VERSION__: string;
