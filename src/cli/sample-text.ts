// Embedded at build time: Vite/vitest read `?raw` natively, scripts/build-cli.mjs maps it to esbuild's text loader.
import text from '../../resources/samples/segundo-conversatorio-metropolitano.txt?raw';

export const SAMPLE_PROGRAM_TEXT: string = text;
