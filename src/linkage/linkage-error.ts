// One error type for everything a user can get wrong: a file, a column, a key, a schema.
// The CLI turns it into a two-language message and exit code 2. Messages name the place (file,
// line, column) and the rule that was broken, but never echo the offending value: a value in
// these files is personal data (a name, a birth date, a national number) and stderr ends up in
// terminal scroll-back, CI logs and support tickets.

export interface InputLocation {
  file?: string;
  /** 1-based line number in the file, counting the header as line 1. */
  line?: number;
  column?: string;
}

export class LinkageInputError extends Error {
  readonly location: InputLocation;
  readonly dutch: string;
  readonly english: string;

  constructor(location: InputLocation, dutch: string, english: string) {
    super(`${describeLocation(location, 'en')}${english}`);
    this.name = 'LinkageInputError';
    this.location = location;
    this.dutch = dutch;
    this.english = english;
  }

  /** Dutch first, English second, both prefixed with the location. */
  toUserMessage(): string {
    return `${describeLocation(this.location, 'nl')}${this.dutch}\n${describeLocation(this.location, 'en')}${this.english}`;
  }
}

function describeLocation(location: InputLocation, language: 'nl' | 'en'): string {
  const parts: string[] = [];
  if (location.file !== undefined) parts.push(location.file);
  if (location.line !== undefined) parts.push(`${language === 'nl' ? 'regel' : 'line'} ${location.line}`);
  if (location.column !== undefined) parts.push(`${language === 'nl' ? 'kolom' : 'column'} "${location.column}"`);
  return parts.length > 0 ? `${parts.join(', ')}: ` : '';
}
