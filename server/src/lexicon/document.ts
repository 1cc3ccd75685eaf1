/**
 * Words that title a writer's own box inside a blockquote ("> *Context for readers:* ...",
 * "> **Editor's note:** ..."). A quotation's lead-in names a speaker instead ("> **Kabulov:** ...").
 */
export const CALLOUT_TITLE_WORDS: readonly string[] = [
  'note', 'notes', 'context', 'background', 'explainer', 'sidebar', 'box', 'factbox', 'summary', 'recap',
  'correction', 'clarification', 'update', 'editor', "editor's", 'reader', 'readers', 'key', 'glossary', 'timeline',
  'tip', 'reminder', 'aside', 'definition', 'fact', 'facts',
];
