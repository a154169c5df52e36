// Opening the system file picker from code (a shortcut, the palette, the native menu).

/**
 * Opens the system file picker for `accept` and hands the chosen file to `onFile`; answers false,
 * opening nothing, when the browser would refuse: it shows a picker only right after a user's
 * key press or click in the page, and a native menu click is neither (the caller then shows a
 * prompt whose button opens the picker).
 */
export function pickFile(accept: string, onFile: (file: File) => void): boolean {
  if (!navigator.userActivation?.isActive) return false;
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = accept;
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) onFile(file);
  });
  input.click();
  return true;
}
