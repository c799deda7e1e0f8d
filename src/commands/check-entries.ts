/** The ribbon's "Check entries": checks the workbook without opening the pane. */
export async function runCheckEntries(): Promise<void> {
  // Filled in by the checks and live-host work (issues 4–6): read the tables, run the checks,
  // report the counts.
}
