// Types for hashiya/shell (shell/index.js).
import type { HashiyaDocument } from '../pkg/hashiya.js';

export interface Extracted {
  /** The element's visible text, paragraphs on separate lines. */
  text: string;
  /** Text offset of a DOM position, or -1 when it is not in the text. */
  offsetAt(node: Node, offset: number): number;
  /** A DOM Range for text [start, end) (UTF-16), or null. */
  range(start: number, end: number): Range | null;
}
export interface MountOptions {
  /** Annotates the extracted text (may be async), e.g. the wasm core's annotate. */
  annotate?: (text: string) => HashiyaDocument | Promise<HashiyaDocument>;
  /** A pre-computed document; checked against the text by length and checksum. */
  document?: HashiyaDocument;
  /** Where the filter bar and entity list go (default: a new <aside> at the end of <body>). */
  panel?: Element;
  /** Where the hover card goes (default <body>); a shadow root works. */
  cardHost?: Element | ShadowRoot;
  /** Highlight names: `${prefix}-person` … (default "hashiya", which shell.css styles). */
  prefix?: string;
  /** false: quotes stay highlighted but open no card. */
  quoteCards?: boolean;
  /** UI language: "ar" (default) or "en". */
  lang?: 'ar' | 'en';
}
export interface Annotator {
  readonly doc: HashiyaDocument;
  readonly text: string;
  readonly ms: number;
  readonly extracted: Extracted;
  focusEntity(id: string, index?: number): void;
  setFilter(name: 'person' | 'organization' | 'place' | 'quotes', on: boolean): void;
  setFilter(name: 'only', entityId: string | null): void;
  readonly filters: { person: boolean; organization: boolean; place: boolean; quotes: boolean; only: string | null };
  /** Removes highlights, card, panel and listeners. */
  clear(): void;
}
export function mount(container: Element, options: MountOptions): Promise<Annotator>;
export function extractText(root: Element): Extracted;
export function checksum(text: string): string;
/** Adds a User Timing measure "hashiya: NAME" from `start` (a performance.now() time) to now, as
 * mount does for reading, annotating and drawing; returns now. Never throws. */
export function measure(name: string, start: number): number;
