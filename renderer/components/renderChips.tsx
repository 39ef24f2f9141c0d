import { Chip } from '@mui/material'
import type { AutocompleteRenderValueGetItemProps } from '@mui/material/Autocomplete'

/** The chosen items of a multiple Autocomplete as small chips (its `renderValue`). */
export function renderChips(
  list: readonly string[],
  getItemProps: AutocompleteRenderValueGetItemProps<true>,
) {
  return list.map((item, index) => {
    const { key, ...props } = getItemProps({ index })
    return <Chip key={key} size="small" label={item} {...props} />
  })
}
