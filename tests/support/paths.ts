/** Folders of the project, absolute, independent of the working directory. */
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));
export const CONTENT_DIR = fileURLToPath(new URL('../../content/', import.meta.url));
export const NOTICES_DIR = fileURLToPath(new URL('../../content/notices/', import.meta.url));
