/** Where the 公文 screens live (the register is also the kind's list path). */
export const DOCUMENTS_PATH = '/documents'

/** The editor of a register entry, or of a new document. */
export const editorPath = (id?: string) => `${DOCUMENTS_PATH}/${id ?? 'new'}`

export const newDocumentPath = (templateId: string) => `${editorPath()}?template=${templateId}`
