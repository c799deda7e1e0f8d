/** What the `partnering` command says. */
export const cliText = {
  usage: `Usage: partnering <command> [options]

Commands:
  new OUT.xlsx        Write a new Partnering Workbook
      --organisation NAME   your organisation, written on the Start sheet
      --partner NAME        the partner organisation(s)
      --example             fill in a realistic, clearly fictional example (for demonstrations)
      --force               replace OUT.xlsx if it already exists

Options:
  --help, -h          Show this help
  --version, -v       Show the version`,
  unknownCommand: (name: string) => `unknown command "${name}". Run partnering --help for the list.`,
  unknownOption: (command: string, option: string) => `${command}: unknown option "${option}". Run partnering --help.`,
  missingValue: (option: string) => `${option} needs a value, e.g. ${option} "Acme Ltd".`,
  new: {
    missingOut: 'new: give the file to write, e.g. partnering new assessment.xlsx',
    tooManyFiles: 'new: give exactly one file to write.',
    notXlsx: (file: string) => `new: the file name must end in .xlsx, found "${file}".`,
    exists: (file: string) => `new: ${file} already exists. Use --force to replace it, or choose another name.`,
    isFolder: (file: string) => `new: ${file} is a folder, not a file. Choose a file name ending in .xlsx.`,
    noFolder: (folder: string) => `new: the folder ${folder} does not exist.`,
    written: (file: string, example: boolean) => `Wrote ${file}${example ? ' (filled with the fictional example)' : ''}.`,
  },
} as const;
