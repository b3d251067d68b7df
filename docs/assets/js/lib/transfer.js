// Moving what the visitor made out of the page and back in: the clipboard, a file saved by
// the browser, a file chosen to load. Apart from util.js because only the pages that keep
// or share something use them.

// Copies text to the clipboard. Where the browser refuses (no permission, an older browser),
// the text is selected in field instead, for the visitor to copy. Resolves to true if copied.
export const copyText = (text, field) =>
  (navigator.clipboard?.writeText?.(text) ?? Promise.reject()).then(() => true, () => {
    field.select();
    return false;
  });

// Saves text as a file, in the browser (nothing is sent anywhere).
export function download(filename, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement("a"), { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// The JSON in the file chosen in a file input (which is then cleared, so the same file can
// be chosen again): undefined when it is too large, null when it cannot be read. A file of
// answers and ten results, or a full interview log, is far smaller than 200 kB: a larger one
// is not ours, and is refused rather than half-read.
export async function readJsonFile(input) {
  const file = input.files?.[0];
  if (!file) return null;
  let data = null;
  try {
    data = file.size > 200_000 ? undefined : JSON.parse(await file.text());
  } catch {
    data = null;
  }
  input.value = "";
  return data;
}
