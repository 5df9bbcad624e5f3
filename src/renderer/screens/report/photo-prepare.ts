import { imageInfo } from '../../../core/photos/image-bytes';
import type { NewPhoto } from '../../store';

/** Longest side of a stored photo: sharp on a printed page, light in the event file. */
const PHOTO_LONG_SIDE = 1600;
/** A file larger than this is refused before it is read. */
const MAX_INPUT_BYTES = 40 * 1024 * 1024;
/** Decoding more pixels than this could exhaust the window's memory. */
const MAX_PIXELS = 100_000_000;
/** A PNG that stays larger than this once resized (a photo saved as PNG) is stored as JPEG instead. */
const MAX_PNG_BYTES = 2 * 1024 * 1024;

export type PhotoProblem = 'not-image' | 'too-large' | 'broken';
export type PreparedPhoto = { ok: true; photo: NewPhoto } | { ok: false; problem: PhotoProblem };

/**
 * A PNG or JPEG file made ready to store: decoded (turned upright as its EXIF says), scaled down to
 * at most 1600 px on its long side and encoded again — which also drops its metadata (camera,
 * place). Anything that is not a readable PNG or JPEG, or is too large to decode safely, is refused.
 */
export async function preparePhoto(file: File): Promise<PreparedPhoto> {
  if (file.size > MAX_INPUT_BYTES) return { ok: false, problem: 'too-large' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const info = imageInfo(bytes);
  if (!info) return { ok: false, problem: 'not-image' };
  if (info.width * info.height > MAX_PIXELS) return { ok: false, problem: 'too-large' };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes], { type: info.mediaType }), { imageOrientation: 'from-image' });
  } catch {
    return { ok: false, problem: 'broken' };
  }
  try {
    const scale = Math.min(1, PHOTO_LONG_SIDE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) return { ok: false, problem: 'broken' };
    const draw = (background: boolean) => {
      context.clearRect(0, 0, width, height);
      // JPEG has no transparency: a transparent PNG stored as JPEG gets white, not black.
      if (background) {
        context.fillStyle = '#fff';
        context.fillRect(0, 0, width, height);
      }
      context.drawImage(bitmap, 0, 0, width, height);
    };
    draw(info.mediaType === 'image/jpeg');
    let mediaType = info.mediaType;
    let blob = await canvas.convertToBlob({ type: mediaType, quality: 0.85 });
    if (mediaType === 'image/png' && blob.size > MAX_PNG_BYTES) {
      draw(true);
      mediaType = 'image/jpeg';
      blob = await canvas.convertToBlob({ type: mediaType, quality: 0.85 });
    }
    const data = new Uint8Array(await blob.arrayBuffer());
    return { ok: true, photo: { caption: '', mediaType, width, height, data } };
  } finally {
    bitmap.close();
  }
}
