export type { HashiyaDocument, Entity, EntityType, Quote, Span } from './pkg/hashiya.js';
import type { HashiyaDocument } from './pkg/hashiya.js';

/** Annotates `text`; offsets in the result are UTF-16 code units of that same string. */
export function annotate(text: string): HashiyaDocument;
/** FNV-1a (32 bit) over the text's UTF-16 code units, 8 hex digits: a document's text_checksum. */
export function checksum(text: string): string;
