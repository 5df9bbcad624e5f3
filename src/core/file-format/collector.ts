import { MAX_REPORTED_ERRORS } from './limits';
import { fileError, type FileError } from './errors';

/** Keeps the first errors of a file and counts the rest, so a broken 500,000-note file stays readable. */
export class ErrorCollector {
  readonly errors: FileError[] = [];
  omitted = 0;

  constructor(private readonly limit = MAX_REPORTED_ERRORS) {}

  /** Keys of the errors already kept: one problem reported twice (zod can) is listed once. */
  private readonly seen = new Set<string>();

  add(error: FileError): void {
    const key = `${error.code}\u0000${error.path}\u0000${JSON.stringify(error.params)}`;
    if (this.seen.has(key)) return;
    if (this.errors.length < this.limit) {
      this.errors.push(error);
      this.seen.add(key);
    } else this.omitted++;
  }

  get full(): boolean {
    return this.errors.length >= this.limit;
  }

  get empty(): boolean {
    return this.errors.length === 0;
  }

  /** The reported errors, ending with a `more-errors` entry when some were left out. */
  result(): FileError[] {
    return this.omitted > 0 ? [...this.errors, fileError('more-errors', '', { count: this.omitted })] : this.errors;
  }
}
