/**
 * Image sniffing from the bytes themselves: a file called photo.jpg with the
 * MIME type image/jpeg is still refused when its content is not an image. The
 * dimensions let the Word report embed photos at their own aspect ratio.
 */
export type ImageKind = 'png' | 'jpg' | 'gif' | 'bmp';

export interface ImageInfo {
  kind: ImageKind;
  width: number;
  height: number;
}

const u16be = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u16le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u32be = (b: Uint8Array, i: number) => ((u16be(b, i) << 16) >>> 0) + u16be(b, i + 2);
const i32le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16) | ((b[i + 3] ?? 0) << 24);

export function sniffImage(b: Uint8Array): ImageInfo | null {
  if (b.length >= 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) {
    return sane({ kind: 'png', width: u32be(b, 16), height: u32be(b, 20) });
  }
  if (b.length >= 10 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46) {
    return sane({ kind: 'gif', width: u16le(b, 6), height: u16le(b, 8) });
  }
  if (b.length >= 26 && b[0] === 0x42 && b[1] === 0x4d) {
    return sane({ kind: 'bmp', width: Math.abs(i32le(b, 18)), height: Math.abs(i32le(b, 22)) });
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return jpegSize(b);
  return null;
}

function jpegSize(b: Uint8Array): ImageInfo | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1] ?? 0;
    if (marker === 0xff) { i += 1; continue; }
    const len = u16be(b, i + 2);
    // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return sane({ kind: 'jpg', height: u16be(b, i + 5), width: u16be(b, i + 7) });
    }
    i += 2 + len;
  }
  return null;
}

function sane(info: ImageInfo): ImageInfo | null {
  return info.width > 0 && info.height > 0 && info.width < 100_000 && info.height < 100_000 ? info : null;
}

/** Width and height for a box of at most maxW × maxH, keeping the aspect ratio. */
export function fitInto(info: Pick<ImageInfo, 'width' | 'height'>, maxW: number, maxH: number): { width: number; height: number } {
  const scale = Math.min(maxW / info.width, maxH / info.height, 1);
  return { width: Math.round(info.width * scale), height: Math.round(info.height * scale) };
}
