/**
 * Attachment names come from another station and end up as the suggested file
 * name when someone saves or opens evidence. A name is reduced to its base name
 * (no folders, no control characters, no leading dots) and a file that a
 * double-click would run is refused, whatever its declared type says.
 */

/** Extensions Windows, macOS or Linux run or interpret on opening. */
const EXECUTABLE_EXTENSIONS = new Set([
  'exe', 'com', 'bat', 'cmd', 'scr', 'pif', 'msi', 'msp', 'mst', 'cpl', 'msc', 'dll', 'sys', 'drv', 'ocx',
  'ps1', 'psm1', 'psd1', 'vbs', 'vbe', 'js', 'jse', 'wsf', 'wsh', 'hta', 'lnk', 'url', 'reg', 'inf', 'scf',
  'jar', 'sh', 'bash', 'zsh', 'csh', 'command', 'app', 'pkg', 'dmg', 'run', 'bin', 'elf', 'apk', 'appimage',
  'deb', 'rpm', 'py', 'pyw', 'pl', 'rb', 'php', 'application', 'gadget', 'chm', 'xll', 'xlam', 'docm', 'xlsm', 'pptm',
  'html', 'htm', 'xhtml', 'svg', 'mht', 'mhtml',
]);

const EXECUTABLE_TYPES = /^(application\/(x-msdownload|x-msdos-program|x-ms-installer|x-msi|x-dosexec|x-executable|x-elf|x-sh|x-shellscript|x-bat|x-csh|java-archive|x-java-archive|vnd\.microsoft\.portable-executable|x-apple-diskimage|vnd\.android\.package-archive|hta|javascript|x-javascript|ecmascript|xhtml\+xml)|text\/(javascript|ecmascript|html|x-sh|x-python|x-perl)|image\/svg\+xml)$/i;

/** The name without any folder part or control characters, at most 255 bytes; '' when nothing is left. */
export function safeBaseName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  let out = base.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').replace(/^[.\s]+/, '').trim();
  const enc = new TextEncoder();
  while (enc.encode(out).length > 255) out = out.slice(0, -1);
  return out;
}

export function isExecutableAttachment(name: string, type: string): boolean {
  const ext = /\.([^.]+)$/.exec(name.trim().replace(/[.\s]+$/, ''))?.[1]?.toLowerCase();
  return (ext !== undefined && EXECUTABLE_EXTENSIONS.has(ext)) || EXECUTABLE_TYPES.test(type.trim());
}

/** Why a name from a bundle is refused, or null when it is a safe base name of a file that does not run. */
export function attachmentNameProblem(name: string, type: string): 'unsafeName' | 'executable' | null {
  if (isExecutableAttachment(name, type)) return 'executable';
  if (safeBaseName(name) !== name || name === '') return 'unsafeName';
  return null;
}
