// Types for hashiya/embed (embed/hashiya-embed.js). Importing it defines <hashiya-article> and
// annotates every [data-hashiya] element.
import type { Annotator } from '../shell/index.js';

export interface EmbedResult { annotator: Annotator; mode: 'precomputed' | 'live' }
export interface EmbedOptions {
  kinds?: string;
  'cards-quotes'?: 'on' | 'off';
  lang?: 'ar' | 'en';
  'src-annotations'?: string;
  panel?: string;
}
export function annotateElement(el: Element, options?: EmbedOptions): Promise<EmbedResult>;
export function annotateAll(root?: ParentNode): Promise<EmbedResult[]>;
export function loadCore(): Promise<(text: string) => import('../pkg/hashiya.js').HashiyaDocument>;
export class HashiyaArticle extends HTMLElement { ready: Promise<EmbedResult> | null }
