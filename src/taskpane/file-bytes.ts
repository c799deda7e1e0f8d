/**
 * A picked file's bytes. FileReader rather than Blob.arrayBuffer, which the older Edge (EdgeHTML),
 * in which some Excel builds with ExcelApi 1.9 still show add-ins, does not have.
 */
export function fileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsArrayBuffer(file);
  });
}
