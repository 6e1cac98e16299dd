import { Schema } from 'prosemirror-model';

/**
 * The body schema: paragraphs (first line indented two characters, as Chinese copy is set),
 * 小标题 subheadings, and one inline mark, bold. It mirrors `Block` in shared/model/story.ts.
 */
export const bodySchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: {
      group: 'block',
      content: 'text*',
      marks: 'bold',
      parseDOM: [{ tag: 'p' }],
      toDOM: () => ['p', { class: 'bx-para' }, 0],
    },
    subheading: {
      group: 'block',
      content: 'text*',
      marks: 'bold',
      defining: true,
      parseDOM: [{ tag: 'h3' }],
      toDOM: () => ['h3', { class: 'bx-subheading' }, 0],
    },
    text: {},
  },
  marks: {
    bold: {
      parseDOM: [{ tag: 'strong' }, { tag: 'b' }],
      toDOM: () => ['strong', 0],
    },
  },
});
