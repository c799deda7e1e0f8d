/** What the `partnering` command says. */
export const cliText = {
  usage: `Usage: partnering <command> [options]

Commands:
  new OUT.xlsx        Write a new Partnering Workbook
      --organisation NAME   your organisation, written on the Start sheet
      --partner NAME        the partner organisation(s)
      --example             fill in a realistic, clearly fictional example (for demonstrations)
      --today YYYY-MM-DD    the day the example is made: its due and review dates count from it
                            (default: today), for reproducible demonstrations and tests
      --force               replace OUT.xlsx if it already exists
      --from TEMPLATE.xlsx  start from a consultant's workbook: keep its criteria, weights, targets,
                            plan elements and lists; clear everything that belongs to a client
      --paper a4|letter     the paper every sheet prints on (a4 when not given)
  repair FILE.xlsx --out NEW.xlsx
                      Restore missing columns, calculated formulas, dropdowns, highlights, names and
                      properties of a workbook, keeping every entry and everything of your own
      --in-place            change FILE.xlsx itself instead of writing --out
  upgrade OLD.xlsx --out NEW.xlsx
                      Bring a workbook made by an older template up to date, keeping every entry
      --in-place            replace OLD.xlsx itself instead of writing --out
  actions FILE.xlsx --out NEW.xlsx
                      Collect actions: fill the Actions sheet with every Action, Development action
                      and Mitigation that has an owner or a due date, marking the overdue ones
      --in-place            change FILE.xlsx itself instead of writing --out
      --today YYYY-MM-DD    the date overdue actions are judged against (default: today)
  snapshot FILE.xlsx --out NEW.xlsx
                      Save snapshot: add a row of today's scores (each principle, overall maturity,
                      plan completeness, open High/Critical risks) to the Score history sheet
      --in-place            change FILE.xlsx itself instead of writing --out
      --label TEXT          the snapshot's label (default: Snapshot YYYY-MM-DD)
      --today YYYY-MM-DD    the snapshot's date (default: today)
  form FILE.xlsx --rater NAME --side ours|partner --out FORM.xlsx
                      Write a rater's form: a small workbook with the criteria to rate and nothing of
                      the assessment's entries, to send to one rater of either side and merge back
      --force               replace FORM.xlsx if it already exists
  merge FILE.xlsx FORM.xlsx... --out NEW.xlsx
                      Import returned forms into the Ratings sheet; a form merged again replaces its
                      earlier rows. Values that are not 0–4 or N/A are listed and left out
      --in-place            change FILE.xlsx itself instead of writing --out
      --anonymous           write Rater 1, Rater 2 … instead of the raters' names
      --force               replace NEW.xlsx if it already exists

  summary FILE... --out OUT.xlsx|OUT.csv
                      One row per workbook: scores, plan completeness, open high risks, errors
      --today YYYY-MM-DD    the date the error count is judged against (default: today)
      --force               replace OUT if it already exists
  report FILE.xlsx --out REPORT.pdf|REPORT.docx
                      A document of the assessment: cover, summary, charts, each principle, the
                      relationship management plan, open risks and open actions
      --paper a4|letter     the paper it is laid out for (a4 when not given)
      --today YYYY-MM-DD    the date overdue actions are judged against (default: today)
      --force               replace the output if it already exists
  check FILE...       Check the entries of Partnering Workbooks
      --format text|json    text (default) groups findings by file and sheet; json prints an array
      --quiet               show errors only
      --today YYYY-MM-DD    the date overdue items are judged against (default: today)

Options:
  --help, -h          Show this help
  --version, -v       Show the version`,
  unknownCommand: (name: string) => `unknown command "${name}". Run partnering --help for the list.`,
  unknownOption: (command: string, option: string) => `${command}: unknown option "${option}". Run partnering --help.`,
  missingValue: (option: string) => `${option} needs a value, e.g. ${option} "Acme Ltd".`,
  output: {
    outputIsInput: (command: string, output: string, input: string) => `${command}: ${output} is ${input}, one of the workbooks this command reads; it would be lost. Choose another output name.`,
    readOnly: (command: string, file: string) => `${command}: ${file} is read-only, so it was left as it is. Make it writable, or write a copy with --out.`,
    noFolder: (command: string, folder: string) => `${command}: the folder ${folder} does not exist.`,
    folderGone: (file: string, folder: string) => `cannot write ${file}: the folder ${folder} does not exist (any more).`,
    notAllowed: (file: string, folder: string) => `cannot write ${file}: this account may not write in ${folder}. Choose a folder you can write in.`,
    diskFull: (file: string) => `cannot write ${file}: the disk is full. Free some space and run the command again; nothing was changed.`,
    appeared: (file: string) => `cannot write ${file}: a file of that name appeared while the command ran. Use --force to replace it, or choose another name.`,
    nameTooLong: (file: string) => `cannot write ${file}: the name is longer than this file system allows. Choose a shorter name.`,
    isFolder: (file: string) => `cannot write ${file}: it is a folder. Choose a file name.`,
  },
  check: {
    missingFiles: 'check: give at least one .xlsx file, e.g. partnering check assessment.xlsx',
    badFormat: (format: string) => `check: --format must be text or json, found "${format}".`,
    badToday: (command: string, today: string) => `${command}: --today must be a date like 2026-03-31, found "${today}".`,
    notFound: (file: string) => `${file}: not found.`,
    isFolder: (file: string) => `${file}: is a folder, not a workbook.`,
    notAllowed: (file: string) => `${file}: this account may not read it. Ask its owner for access, or copy it somewhere you can read.`,
    unreadable: (file: string, reason: string) => `${file}: ${reason}`,
    clean: (files: number) => `No problems found in ${files === 1 ? '1 workbook' : `${files} workbooks`}.`,
    summary: (errors: number, warnings: number, infos: number) => {
      const total = errors + warnings + infos;
      const part = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
      return `${total === 1 ? '1 problem' : `${total} problems`} (${part(errors, 'error', 'errors')}, ${part(warnings, 'warning', 'warnings')}, ${part(infos, 'note', 'notes')})`;
    },
    severity: { error: 'error', warning: 'warning', info: 'note' },
    wholeWorkbook: 'Whole workbook',
    repairHint: 'For a file, Repair workbook is: partnering repair FILE.xlsx --out REPAIRED.xlsx (or --in-place). It keeps every entry.',
  },
  repair: {
    missingFile: 'repair: give the workbook to repair, e.g. partnering repair assessment.xlsx --out repaired.xlsx',
    tooManyFiles: 'repair: give exactly one workbook to repair.',
    missingOut: 'repair: give --out NEW.xlsx, or --in-place to change the workbook itself.',
    bothOuts: 'repair: give either --out or --in-place, not both.',
    notXlsx: (file: string) => `repair: --out must end in .xlsx, found "${file}".`,
    outIsSource: (file: string) => `repair: --out ${file} is the workbook being repaired. Use --in-place to change it, or choose another name.`,
    exists: (file: string) => `repair: ${file} already exists. Use --force to replace it, or choose another name.`,
    nothing: (file: string) => `${file} is complete: nothing needed repairing, nothing was written.`,
    written: (file: string, out: string) => `Repaired ${file}${out === file ? '' : `: wrote ${out}`}. What changed:`,
    kept: 'Everything else was kept as it was: every entry, and your own sheets, cells, columns, names, comments, charts, widths and protection (compared before writing).',
  },
  upgrade: {
    missingFile: 'upgrade: give the workbook to upgrade, e.g. partnering upgrade old.xlsx --out new.xlsx',
    tooManyFiles: 'upgrade: give exactly one workbook to upgrade.',
    missingOut: 'upgrade: give --out NEW.xlsx, or --in-place to replace the workbook itself.',
    bothOuts: 'upgrade: give either --out or --in-place, not both.',
    notXlsx: (file: string) => `upgrade: --out must end in .xlsx, found "${file}".`,
    outIsSource: (file: string) => `upgrade: --out ${file} is the workbook being upgraded. Use --in-place to replace it, or choose another name.`,
    exists: (file: string) => `upgrade: ${file} already exists. Use --force to replace it, or choose another name.`,
    current: (file: string, version: string) => `${file} already uses template version ${version}; nothing to upgrade.`,
    newer: (file: string, version: string, current: string) => `upgrade: ${file} uses template version ${version}, newer than this tool's ${current}. Update the tool instead.`,
    written: (from: string, to: string, out: string) => `Upgraded from template version ${from} to ${to}: wrote ${out}. What changed:`,
    kept: 'Every entry and everything of your own was kept: sheets, cells, columns, names, comments, charts, widths and protection (compared before writing).',
  },
  summary: {
    title: 'Partnering portfolio: one row per client workbook',
    chartTitle: 'Overall maturity by client',
    missingFiles: 'summary: give the workbooks to summarise, e.g. partnering summary clients/*.xlsx --out portfolio.xlsx',
    missingOut: 'summary: give --out portfolio.xlsx or --out portfolio.csv',
    badOut: (file: string) => `summary: --out must end in .xlsx or .csv, found "${file}".`,
    exists: (file: string) => `summary: ${file} already exists. Use --force to replace it, or choose another name.`,
    nothingRead: 'summary: none of the workbooks could be read, so no summary was written.',
    written: (file: string, rows: number) => `Wrote ${file} with ${rows === 1 ? '1 workbook' : `${rows} workbooks`}.`,
  },
  restored: {
    columnAdded: (table: string, header: string) => `added the column ${header} to ${table}`,
    header: (table: string, header: string) => `restored the header ${header} in ${table}`,
    formulas: (table: string, count: number) => `restored ${count === 1 ? 'the calculated formula of 1 cell' : `the calculated formulas of ${count} cells`} in ${table}`,
    tablePart: (table: string) => `restored the columns and calculated-column formulas of ${table}`,
    rows: (table: string, count: number) => `${table} now has ${count === 1 ? '1 row' : `${count} rows`}`,
    moved: (table: string) => `put the columns of ${table} in today's order`,
    validations: (tables: string[]) => `restored the dropdowns and entry rules of ${tables.join(', ')}`,
    highlights: (tables: string[]) => `restored the highlights of ${tables.join(', ')}`,
    figures: (sheet: string, count: number) => `restored ${count === 1 ? '1 formula' : `${count} formulas`} on ${sheet}`,
    labels: (sheet: string, count: number) => `restored ${count === 1 ? '1 label' : `${count} labels`} on ${sheet}`,
    name: (name: string) => `restored the name ${name}`,
    version: (version: string) => `recorded template version ${version}`,
    workbookId: 'gave it a new workbook id',
    clearedTable: (table: string) => `cleared the client's rows of ${table}`,
    clearedColumns: (table: string) => `cleared the client's entries in ${table}`,
    clearedStart: 'cleared the Start details',
    startDetail: (label: string) => `wrote ${label} on the Start sheet`,
    renamedTable: (table: string, now: string) => `${table} is called ${now} now; it was kept under that name`,
    inTheWay: (table: string, cell: string) => `could not complete ${table}: your cell ${cell} stands where it would grow (move it, then repair again)`,
    missingTable: (table: string, sheet: string) => `could not restore ${table}: it is missing from ${sheet}`,
    missingSheet: (sheet: string) => `could not restore the sheet ${sheet}: it is missing`,
    sheet: (sheet: string) => `restored the sheet ${sheet} with its tables and charts`,
    totalsRow: (table: string) => `left ${table} as it is: it shows a Total Row (turn it off under Table Design > Total Row, then repair again)`,
    noHeaderRow: (table: string) => `left ${table} as it is: its header row is turned off (turn it on under Table Design > Header Row, then repair again)`,
    cannotClear: (table: string, why: string) => `cannot clear the client's entries from ${table}: ${why}; nothing was written`,
    whyTotalsRow: 'it shows a Total Row (turn it off under Table Design > Total Row first)',
    whyNoHeaderRow: 'its header row is turned off (turn it on under Table Design > Header Row first)',
    table: (table: string, sheet: string, keptRows: number) => `restored the table ${table} on ${sheet}${keptRows > 0 ? `, over the ${keptRows === 1 ? 'row' : `${keptRows} rows`} of entries left in its place` : ''}`,
    cellsInTheWay: (table: string, cells: string, more: number) => `could not restore ${table}: your cells ${cells}${more > 0 ? ` and ${more} more` : ''} stand where it goes (move them, then repair again)`,
    tableInTheWay: (table: string, other: string, range: string) => `could not restore ${table}: your table ${other} stands where it goes, at ${range} (move it, then repair again)`,
    chart: (title: string, sheet: string) => `restored the chart "${title}" on ${sheet}`,
    referencesMoved: (count: number) => `made ${count === 1 ? '1 formula' : `${count} formulas`} point where the cells they use went`,
    referenceLeft: (where: string, reference: string) => `check ${where}: it uses ${reference}, whose cells were put in a new order, so it was left as it was`,
    renamedSheet: (sheet: string, now: string) => `took ${now} for the sheet ${sheet}, by the title and note at its top; it keeps its name`,
  },
  kept: {
    sheetGone: 'the sheet would be removed',
    visibility: (before: string, after: string) => `the sheet would change from ${before} to ${after}`,
    protection: 'its protection would change',
    columns: 'column widths or hidden columns would change',
    drawings: (before: number, after: number) => `${before} charts or pictures would become ${after}`,
    comment: 'the comment would be removed',
    cell: (before: string, after: string) => `${before} would become ${after}`,
    nothing: 'empty',
    formatOnly: 'a formatted empty cell',
    nameGone: 'the defined name would be removed',
    nameChanged: (before: string, after: string) => `the defined name would change from ${before} to ${after}`,
    workbook: 'Workbook',
    dateSystem: 'the date system (1900 or 1904) would change',
    format: (index: number) => `cell format ${index} would change`,
    refused: (file: string, count: number) => `${file}: nothing was written, because ${count === 1 ? 'one thing' : `${count} things`} of your own would have been lost:`,
    loss: (where: string, what: string) => `  ${where}: ${what}`,
    more: (count: number) => `  … and ${count} more`,
    report: 'Please report this: it is a fault in partnering, not in your workbook.',
  },
  new: {
    missingOut: 'new: give the file to write, e.g. partnering new assessment.xlsx',
    tooManyFiles: 'new: give exactly one file to write.',
    notXlsx: (file: string) => `new: the file name must end in .xlsx, found "${file}".`,
    exists: (file: string) => `new: ${file} already exists. Use --force to replace it, or choose another name.`,
    isFolder: (file: string) => `new: ${file} is a folder, not a file. Choose a file name ending in .xlsx.`,
    noFolder: (folder: string) => `new: the folder ${folder} does not exist.`,
    written: (file: string, example: boolean) => `Wrote ${file}${example ? ' (filled with the fictional example)' : ''}.`,
    writtenFrom: (file: string, template: string) => `Wrote ${file}, a new-client copy of ${template}: its criteria, weights, targets, plan elements, lists and your own sheets and columns are kept (compared before writing); every client entry is cleared. It has a new workbook id. What changed:`,
    exampleAndFrom: 'new: give either --example or --from, not both.',
    todayWithoutExample: 'new: --today sets the day the example is made (its dates count from it); give it with --example.',
    unknownPaper: (value: string, papers: readonly string[]) =>
      `new: --paper takes ${papers.join(' or ')} (the paper every sheet prints on; a4 when not given), found "${value}".`,
  },
  actions: {
    missingFile: 'actions: give the workbook, e.g. partnering actions assessment.xlsx --in-place',
    tooManyFiles: 'actions: give exactly one workbook.',
    missingOut: 'actions: give --out NEW.xlsx, or --in-place to change the workbook itself.',
    bothOuts: 'actions: give either --out or --in-place, not both.',
    notXlsx: (file: string) => `actions: --out must end in .xlsx, found "${file}".`,
    outIsSource: (file: string) => `actions: --out ${file} is the workbook being read. Use --in-place to change it, or choose another name.`,
    exists: (file: string) => `actions: ${file} already exists. Use --force to replace it, or choose another name.`,
    nothing: (file: string, count: number, sheet: string) => (count === 0
      ? `${file}: no action has an owner or a due date yet, and the ${sheet} sheet is already empty; nothing was written.`
      : `${file}: the ${sheet} sheet already lists ${count === 1 ? 'the 1 action' : `the ${count} actions`} with an owner or a due date; nothing was written.`),
    written: (out: string, count: number, sheet: string, first: number, last: number) => (count === 0
      ? `No action has an owner or a due date yet, so the ${sheet} sheet is now empty: wrote ${out}.`
      : `Collected ${count === 1 ? '1 action' : `${count} actions`} onto the ${sheet} sheet, rows ${first}–${last}: wrote ${out}.`),
    overdue: (count: number, today: string) => `  ${count === 1 ? '1 is' : `${count} are`} overdue on ${today} (marked in the Overdue column).`,
  },
  snapshot: {
    missingFile: 'snapshot: give the workbook, e.g. partnering snapshot assessment.xlsx --in-place --label "Quarterly review"',
    tooManyFiles: 'snapshot: give exactly one workbook.',
    missingOut: 'snapshot: give --out NEW.xlsx, or --in-place to change the workbook itself.',
    bothOuts: 'snapshot: give either --out or --in-place, not both.',
    notXlsx: (file: string) => `snapshot: --out must end in .xlsx, found "${file}".`,
    outIsSource: (file: string) => `snapshot: --out ${file} is the workbook being read. Use --in-place to change it, or choose another name.`,
    exists: (file: string) => `snapshot: ${file} already exists. Use --force to replace it, or choose another name.`,
    defaultLabel: (today: string) => `Snapshot ${today}`,
    written: (out: string, sheet: string, row: number, label: string, today: string) => `Saved a snapshot of the scores on ${today} ("${label}") to the ${sheet} sheet, row ${row}: wrote ${out}.`,
    figures: (overall: string, plan: string, risks: number) => `  Overall maturity ${overall}, plan completeness ${plan}, ${risks === 1 ? '1 open High or Critical risk' : `${risks} open High or Critical risks`}.`,
    notScored: 'not yet scored',
  },
  report: {
    missingFile: 'report: give the workbook, e.g. partnering report assessment.xlsx --out report.pdf',
    tooManyFiles: 'report: give exactly one workbook.',
    missingOut: 'report: give --out REPORT.pdf or --out REPORT.docx',
    badOut: (file: string) => `report: --out must end in .pdf or .docx, found "${file}".`,
    exists: (file: string) => `report: ${file} already exists. Use --force to replace it, or choose another name.`,
    unknownPaper: (value: string, papers: readonly string[]) => `report: --paper must be ${papers.join(' or ')}, found "${value}".`,
    written: (file: string, organisation: string, overall: string) => `Wrote the report${organisation ? ` for ${organisation}` : ''} to ${file} (overall maturity ${overall}).`,
  },
  rows: {
    missingTable: (table: string, sheet: string) => `the table ${table} is missing from the ${sheet} sheet, so nothing was written. Run partnering repair on the workbook first: it restores the table.`,
    notATable: (table: string, sheet: string) => `${table} on the ${sheet} sheet has a totals row or no header row, so no rows can be written to it; nothing was written. Turn off its Total Row (Table Design), then run the command again.`,
    inTheWay: (table: string, cell: string) => `${table} would grow over your cell ${cell}, so nothing was written. Move what is below the table, then run the command again.`,
    missingColumns: (table: string, headers: string[]) => `${table} has no column ${headers.join(', ')}, so that was not written (partnering repair restores it).`,
    unverified: (file: string, where: string) => `${file}: nothing was written, because reading the edited workbook back found ${where} different from what was to be written.`,
    kept: 'Everything else was kept as it was: every entry, and your own sheets, cells, columns, names, comments, charts, widths and protection (compared before writing).',
  },
  form: {
    missingFile: 'form: give the assessment to make the form from, e.g. partnering form assessment.xlsx --rater "Ann Lee" --side ours --out ann.xlsx',
    tooManyFiles: 'form: give exactly one assessment workbook.',
    missingRater: 'form: give the rater\'s name with --rater, e.g. --rater "Ann Lee".',
    missingSide: 'form: give the rater\'s side with --side ours (your organisation) or --side partner.',
    badSide: (side: string) => `form: --side must be ours or partner, found "${side}".`,
    missingOut: 'form: give the form to write with --out, e.g. --out ann.xlsx',
    notXlsx: (file: string) => `form: --out must end in .xlsx, found "${file}".`,
    exists: (file: string) => `form: ${file} already exists. Use --force to replace it, or choose another name.`,
    cannot: (file: string, why: string) => `${file}: ${why}`,
    written: (out: string, rater: string, side: string, criteria: number, source: string) =>
      `Wrote ${out}: a rating form for ${rater} (${side}) with the ${criteria} criteria of ${source}, and nothing of its entries.`,
    ids: (formId: string) => `  Form id ${formId}; merge it back with partnering merge.`,
  },
  merge: {
    missingFile: 'merge: give the assessment and the returned forms, e.g. partnering merge assessment.xlsx ann.xlsx bob.xlsx --in-place',
    missingForms: 'merge: give at least one returned form after the assessment.',
    missingOut: 'merge: give --out NEW.xlsx, or --in-place to change the assessment itself.',
    bothOuts: 'merge: give either --out or --in-place, not both.',
    notXlsx: (file: string) => `merge: --out must end in .xlsx, found "${file}".`,
    outIsSource: (file: string) => `merge: --out ${file} is the workbook being read. Use --in-place to change it, or choose another name.`,
    exists: (file: string) => `merge: ${file} already exists. Use --force to replace it, or choose another name.`,
    unreadable: 'Nothing was written: fix or leave out the file above, then run the command again.',
    form: (source: string, rater: string, side: string, rows: number, replaced: number) =>
      `  - ${source}: ${rater} (${side}), ${rows === 1 ? '1 row' : `${rows} rows`}${replaced > 0 ? `, in place of the ${replaced} this form gave before` : ''}`,
    written: (out: string, forms: number, sheet: string) => `Merged ${forms === 1 ? '1 form' : `${forms} forms`} into the ${sheet} sheet: wrote ${out}.`,
    nothing: (file: string, forms: number, sheet: string) =>
      `${file}: the ${sheet} sheet already holds what ${forms === 1 ? 'this form says' : `these ${forms} forms say`}; nothing was written.`,
    noneMerged: 'No form could be merged; nothing was written.',
    notImported: (count: number) => `${count === 1 ? '1 value was' : `${count} values were`} not imported:`,
  },
} as const;
