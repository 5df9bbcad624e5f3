export { readProgramDocument, type DocumentResult } from './read-document';
