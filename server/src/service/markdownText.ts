/**
 * Hover text is Markdown that an editor renders: anything taken from a fact file is escaped so it
 * reads as text and can never become a link, a command or HTML.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, '\\$&').replace(/\r?\n/g, ' ');
}
