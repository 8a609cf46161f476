import { AlignmentType, ImageRun, Paragraph } from 'docx';
import { CONTENT_WIDTH_PX } from './page';

export type ImageType = 'png' | 'jpg';

export interface AltText {
  /** Short name of the picture, e.g. "Chart: agencies per sector". */
  title: string;
  /** What the picture says, in words a screen reader can read out (numbers included for charts). */
  description: string;
  /** Name in Word's Selection Pane; defaults to the title. */
  name?: string;
}

export interface ImageOptions {
  data: Buffer | Uint8Array;
  type?: ImageType;
  altText: AltText;
  /** Display width in pixels (96 to the inch); the page width at most. Height follows the aspect ratio. */
  widthPx?: number;
  align?: 'left' | 'center';
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function detectImageType(data: Uint8Array): ImageType {
  if (PNG_SIGNATURE.every((b, i) => data[i] === b)) return 'png';
  if (data[0] === 0xff && data[1] === 0xd8) return 'jpg';
  throw new Error('the image is neither a PNG nor a JPEG');
}

/** Pixel size read from the file header (PNG IHDR, JPEG SOFn), so images keep their shape. */
export function imageSize(data: Uint8Array): { width: number; height: number } {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (detectImageType(data) === 'png') return { width: view.getUint32(16), height: view.getUint32(20) };
  let i = 2;
  while (i + 9 < data.length) {
    if (data[i] !== 0xff) throw new Error('the JPEG is damaged (no marker where one was expected)');
    const marker = data[i + 1]!;
    const length = view.getUint16(i + 2);
    // SOF0..SOF15 carry the size, except DHT (C4), JPG (C8) and DAC (CC)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { height: view.getUint16(i + 5), width: view.getUint16(i + 7) };
    i += 2 + length;
  }
  throw new Error('the JPEG has no size (no SOF marker)');
}

/** Size to draw an image at: its own width (or the one asked for), never wider than maxWidth, same shape. */
export function fitImage(size: { width: number; height: number }, widthPx?: number, maxWidth = CONTENT_WIDTH_PX) {
  const width = Math.max(1, Math.min(widthPx ?? size.width, maxWidth));
  return { width: Math.round(width), height: Math.max(1, Math.round((width * size.height) / size.width)) };
}

/** An inline picture with alternative text. Refuses an empty description: every picture in a report needs one. */
export function imageRun(o: ImageOptions, maxWidthPx = CONTENT_WIDTH_PX): ImageRun {
  const description = o.altText.description.trim();
  const title = o.altText.title.trim();
  if (!description || !title) throw new Error('an image needs a title and a description for its alternative text');
  const type = o.type ?? detectImageType(o.data);
  return new ImageRun({
    type,
    data: o.data,
    transformation: fitImage(imageSize(o.data), o.widthPx, maxWidthPx),
    altText: { title, description, name: o.altText.name ?? title },
  });
}

/** A paragraph holding one picture. */
export function imageParagraph(o: ImageOptions): Paragraph {
  return new Paragraph({
    alignment: o.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
    keepNext: true, // keep a chart with the caption that follows it
    children: [imageRun(o)],
  });
}
