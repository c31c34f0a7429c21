/**
 * A stand-in 2D context for testing the canvas network view in jsdom (which has no canvas). It records calls,
 * keeps the last ImageData put on the canvas, and answers a 1×1 read-back with the last "#rrggbb" fillStyle,
 * so tests can check what was drawn in which colour without a real canvas.
 */
export interface RecordingContext {
  calls: Record<string, number>;
  fillStyles: string[];
  /** The pixels of the last putImageData. */
  lastImage: { data: Uint8ClampedArray; width: number; height: number } | null;
  context: CanvasRenderingContext2D;
}

export function recordingContext(): RecordingContext {
  const record: RecordingContext = { calls: {}, fillStyles: [], lastImage: null, context: null as never };
  const count = (name: string): void => {
    record.calls[name] = (record.calls[name] ?? 0) + 1;
  };
  const image = (width: number, height: number) => ({
    data: new Uint8ClampedArray(width * height * 4),
    width,
    height,
  });
  const target = {
    globalAlpha: 1,
    lineWidth: 1,
    strokeStyle: '',
    set fillStyle(value: string) {
      record.fillStyles.push(value);
    },
    get fillStyle(): string {
      return record.fillStyles[record.fillStyles.length - 1] ?? '';
    },
    createImageData: (width: number, height: number) => {
      count('createImageData');
      return image(width, height);
    },
    getImageData: (_x: number, _y: number, width: number, height: number) => {
      count('getImageData');
      const out = image(width, height);
      const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(target.fillStyle);
      if (width === 1 && height === 1 && hex)
        out.data.set([...hex.slice(1).map((h) => parseInt(h, 16)), 255]);
      return out;
    },
    putImageData: (data: { data: Uint8ClampedArray; width: number; height: number }) => {
      count('putImageData');
      record.lastImage = data;
    },
  };
  record.context = new Proxy(target, {
    get(obj, key: string) {
      if (key in obj) return obj[key as keyof typeof obj];
      return () => count(key);
    },
    set(obj, key: string, value: unknown) {
      (obj as Record<string, unknown>)[key] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return record;
}

/** How many pixels of an RGBA image have exactly this colour. */
export function countPixels(
  image: { data: Uint8ClampedArray } | null,
  rgb: [number, number, number],
): number {
  if (!image) return 0;
  let total = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    if (
      image.data[i] === rgb[0] &&
      image.data[i + 1] === rgb[1] &&
      image.data[i + 2] === rgb[2] &&
      image.data[i + 3] === 255
    )
      total++;
  }
  return total;
}
