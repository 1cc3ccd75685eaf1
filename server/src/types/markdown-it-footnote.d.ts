// markdown-it-footnote ships no types; its DefinitelyTyped package pins markdown-it 14's types.
declare module 'markdown-it-footnote' {
  const footnote: (md: import('markdown-it').MarkdownIt) => void;
  export = footnote;
}
