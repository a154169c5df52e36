// Saves text as a file through the browser's download (the app shows its save dialog).

/** Offers `content` as a download named `fileName`. */
export function downloadText(fileName: string, mimeType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${mimeType};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the download a moment to read the blob before it is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
