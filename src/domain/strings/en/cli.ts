/** What the `partnering` command says. */
export const cliText = {
  usage: `Usage: partnering <command> [options]

Commands:
  new OUT.xlsx        Write a new Partnering Workbook
      --organisation NAME   your organisation, written on the Start sheet
      --partner NAME        the partner organisation(s)
      --example             fill in a realistic, clearly fictional example (for demonstrations)
      --force               replace OUT.xlsx if it already exists
      --from TEMPLATE.xlsx  start from a consultant's workbook: keep its criteria, weights, targets,
                            plan elements and lists; clear everything that belongs to a client
  upgrade OLD.xlsx --out NEW.xlsx
                      Bring a workbook made by an older template up to date, keeping every entry
      --in-place            replace OLD.xlsx itself instead of writing --out

  summary FILE... --out OUT.xlsx|OUT.csv
                      One row per workbook: scores, plan completeness, open high risks, errors
      --today YYYY-MM-DD    the date the error count is judged against (default: today)
      --force               replace OUT if it already exists
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
    written: (from: string, to: string, out: string) => `Upgraded from template version ${from} to ${to}: wrote ${out}. Every entry and every column of your own was kept.`,
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
  new: {
    missingOut: 'new: give the file to write, e.g. partnering new assessment.xlsx',
    tooManyFiles: 'new: give exactly one file to write.',
    notXlsx: (file: string) => `new: the file name must end in .xlsx, found "${file}".`,
    exists: (file: string) => `new: ${file} already exists. Use --force to replace it, or choose another name.`,
    isFolder: (file: string) => `new: ${file} is a folder, not a file. Choose a file name ending in .xlsx.`,
    noFolder: (folder: string) => `new: the folder ${folder} does not exist.`,
    written: (file: string, example: boolean) => `Wrote ${file}${example ? ' (filled with the fictional example)' : ''}.`,
    writtenFrom: (file: string, template: string) => `Wrote ${file}, a new-client copy of ${template}: its criteria, weights, targets, plan elements and lists are kept; every client entry is cleared. It has a new workbook id.`,
    exampleAndFrom: 'new: give either --example or --from, not both.',
  },
} as const;
