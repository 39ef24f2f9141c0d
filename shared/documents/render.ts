import { Document, Packer, Paragraph } from 'docx'
import type { DocumentDefinition } from './definition'

/** Renders a validated definition to .docx bytes. (Placeholder: the full GB/T 9704 engine follows.) */
export async function renderDocx(definition: DocumentDefinition): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: definition.title }),
          ...definition.body.map((block) => new Paragraph({ text: 'text' in block ? block.text : '' })),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toArrayBuffer(document))
}
