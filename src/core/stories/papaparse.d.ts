/**
 * The part of papaparse 5 this folder uses (the package ships no types and @types/papaparse is
 * not installed). Delete this file if @types/papaparse is added.
 */
declare module "papaparse" {
  export interface ParseError {
    type: "Quotes" | "Delimiter" | "FieldMismatch";
    code: string;
    message: string;
    row?: number;
    index?: number;
  }
  export interface ParseMeta {
    delimiter: string;
    linebreak: string;
    aborted: boolean;
    truncated: boolean;
    /** Character offset just past the row (steps) or the input (final result). */
    cursor: number;
  }
  export interface ParseResult<T> {
    data: T;
    errors: ParseError[];
    meta: ParseMeta;
  }
  export interface ParseConfig<T> {
    delimiter?: string;
    newline?: string;
    quoteChar?: string;
    escapeChar?: string;
    header?: false;
    dynamicTyping?: false;
    preview?: number;
    skipEmptyLines?: boolean | "greedy";
    step?: (results: ParseResult<T>, parser: { abort(): void }) => void;
  }
  export interface UnparseConfig {
    quotes?: boolean | boolean[];
    delimiter?: string;
    newline?: string;
    header?: boolean;
    escapeFormulae?: boolean | RegExp;
  }
  export function parse(input: string, config?: ParseConfig<string[]>): ParseResult<string[][]>;
  export function unparse(data: readonly (readonly string[])[], config?: UnparseConfig): string;
  const Papa: { parse: typeof parse; unparse: typeof unparse };
  export default Papa;
}
