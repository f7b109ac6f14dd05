// The block tree of the light markdown reader. Paragraph and heading text is still markdown:
// inline parsing happens when a block is rendered, once every reference definition is known.

export type TableAlign = 'left' | 'center' | 'right' | '';

export type MdBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; level: number; text: string }
  | { type: 'thematicBreak' }
  | { type: 'code'; text: string; info: string }
  | { type: 'html'; text: string }
  | { type: 'quote'; children: MdBlock[] }
  | { type: 'list'; ordered: boolean; start: number; tight: boolean; items: MdBlock[][] }
  | { type: 'table'; align: TableAlign[]; head: string[]; rows: string[][] };
